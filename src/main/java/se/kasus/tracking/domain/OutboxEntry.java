package se.kasus.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Optional;

/**
 * One statement waiting for, or already delivered to, one target LRS. The id gives the order of
 * delivery; the statement text is kept so delivery never depends on anything else.
 */
@Entity
@Table(name = "xapi_outbox", indexes = @Index(name = "ix_outbox_target", columnList = "target, sent_at, id"))
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_ids")
    @TableGenerator(name = "outbox_ids", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "xapi_outbox", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String target;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @Lob
    @Column(name = "statement_json", nullable = false)
    private String statementJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set just before a batch is sent; a row still in flight after a restart may already have arrived. */
    @Column(name = "in_flight_at")
    private Instant inFlightAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(String target, String statementId, String statementJson, Instant createdAt) {
        this.target = target;
        this.statementId = statementId;
        this.statementJson = statementJson;
        this.createdAt = createdAt;
    }

    public void markInFlight(Instant now) {
        inFlightAt = now;
    }

    public void markSent(Instant now) {
        sentAt = now;
        inFlightAt = null;
    }

    public Long id() {
        return id;
    }

    public String target() {
        return target;
    }

    public String statementId() {
        return statementId;
    }

    public String statementJson() {
        return statementJson;
    }

    public boolean wasInFlight() {
        return inFlightAt != null;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
