package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the statement index: a statement (by sequence number) can be found by this verb, registration,
 * activity or agent, named by the 64-bit {@link Term#hash()} of the term. A statement whose object is a StatementRef
 * also carries the terms of the statement it targets, so that it meets the filters the target meets (xAPI 1.0.3
 * Communication 2.1.3, Filter Conditions for StatementRefs) with plain indexed SQL.
 *
 * <p>The row holds numbers only: a batch of statements inserts ten times as many index rows as statements, and
 * short fixed-size keys make each of those inserts several times cheaper than IRIs would.
 */
@Entity
@IdClass(StatementTerm.Key.class)
@Table(name = "lrs_term")
public class StatementTerm {

    @Id
    @Column(name = "term_hash")
    private long termHash;

    @Id
    @Column(name = "statement_seq")
    private long statementSeq;

    @Column(nullable = false)
    private boolean direct;

    protected StatementTerm() {
    }

    public StatementTerm(long statementSeq, Term term) {
        this.termHash = term.hash();
        this.statementSeq = statementSeq;
        this.direct = term.direct();
    }

    public long statementSeq() {
        return statementSeq;
    }

    public long termHash() {
        return termHash;
    }

    public boolean direct() {
        return direct;
    }

    /** Widens a related-only term to a direct one, when an inherited target makes it direct. */
    public void makeDirect() {
        direct = true;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long termHash;
        private long statementSeq;

        public Key() {
        }

        public Key(long termHash, long statementSeq) {
            this.termHash = termHash;
            this.statementSeq = statementSeq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.statementSeq == statementSeq && k.termHash == termHash;
        }

        @Override
        public int hashCode() {
            return Objects.hash(termHash, statementSeq);
        }
    }
}
