package se.kasus.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One administrative action: who did what to what, when, and from which address. Never changed once written. */
@Entity
@Table(name = "audit_event", indexes = @Index(name = "ix_audit_event_time", columnList = "occurred_at"))
public class AuditEvent {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 1000)
    private String detail;

    @Column(length = 64)
    private String address;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String target, String detail, String address) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 64);
        this.action = cut(action, 64);
        this.target = cut(target, 200);
        this.detail = cut(detail, 1000);
        this.address = cut(address, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String address() {
        return address;
    }
}
