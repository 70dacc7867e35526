package se.kasus.tracking.lrs.application;

import java.time.Instant;

/** A stored statement as JSON, exactly as it was stored, with the instant it was stored. */
public record StoredJson(String statementId, String json, Instant stored) {
}
