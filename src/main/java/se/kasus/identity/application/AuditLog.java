package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import se.kasus.identity.domain.AuditEventRepository;

/** Reading the audit log: newest first, a page at a time. */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    @Inject
    AuditEventRepository events;

    /** Up to {@link #PAGE_SIZE} entries before {@code before} (null: the newest) whose actor, action or target contains {@code text}. */
    public List<AuditEntry> newest(Instant before, String text) {
        return events.newest(before, text, PAGE_SIZE).stream()
                .map(e -> new AuditEntry(e.occurredAt(), e.actor(), e.action(), e.target(), e.detail(), e.address()))
                .toList();
    }
}
