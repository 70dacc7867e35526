package se.kasus.identity.domain;

import java.time.Instant;
import java.util.List;

public interface AuditEventRepository {

    void add(AuditEvent event);

    /** Newest first; {@code before} (exclusive) pages back in time, null for the newest; {@code text} filters actor, action, target or detail. */
    List<AuditEvent> newest(Instant before, String text, int limit);
}
