package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A statement that refers (by StatementRef, voiding or not) to a statement the LRS does not have yet. When the
 * target arrives, the referring statement gains its terms, or voids it, and the row goes. Kept apart from the
 * statements so that storing a batch looks for such references in a table that is almost always empty, rather
 * than in the statements that concurrent requests are inserting.
 */
@Entity
@IdClass(PendingReference.Key.class)
@Table(name = "lrs_pending_ref")
public class PendingReference {

    @Id
    @Column(name = "target_id", length = 36)
    private String targetId;

    @Id
    @Column(name = "referrer_seq")
    private long referrerSeq;

    protected PendingReference() {
    }

    public PendingReference(String targetId, long referrerSeq) {
        this.targetId = targetId;
        this.referrerSeq = referrerSeq;
    }

    public String targetId() {
        return targetId;
    }

    public long referrerSeq() {
        return referrerSeq;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String targetId;
        private long referrerSeq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.referrerSeq == referrerSeq && Objects.equals(k.targetId, targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetId, referrerSeq);
        }
    }
}
