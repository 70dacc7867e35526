package se.kasus.identity.application;

import java.time.Instant;

/** One line of the audit log as administrators read it. */
public record AuditEntry(Instant occurredAt, String actor, String action, String target, String detail, String address) {
}
