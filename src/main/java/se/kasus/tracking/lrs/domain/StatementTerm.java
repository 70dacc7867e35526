package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the statement index: a statement (by sequence number) can be found by this verb, registration,
 * activity or agent. A statement whose object is a StatementRef also carries the terms of the statement it targets,
 * so that it meets the filters the target meets (xAPI 1.0.3 Communication 2.1.3, Filter Conditions for
 * StatementRefs) with plain indexed SQL.
 */
@Entity
@IdClass(StatementTerm.Key.class)
@Table(name = "lrs_stmt_term", indexes = @Index(name = "ix_lrs_term", columnList = "kind, term_key, statement_seq"))
public class StatementTerm {

    @Id
    @Column(name = "statement_seq")
    private long statementSeq;

    @Id
    @Column(length = 1)
    private String kind;

    @Id
    @Column(name = "term_key", length = IndexKey.LENGTH)
    private String termKey;

    @Column(nullable = false)
    private boolean direct;

    protected StatementTerm() {
    }

    public StatementTerm(long statementSeq, Term term) {
        this.statementSeq = statementSeq;
        this.kind = term.kind().code();
        this.termKey = term.key();
        this.direct = term.direct();
    }

    public long statementSeq() {
        return statementSeq;
    }

    public Term term() {
        TermKind termKind = java.util.Arrays.stream(TermKind.values()).filter(k -> k.code().equals(kind))
                .findFirst().orElseThrow();
        return new Term(termKind, termKey, direct);
    }

    /** Widens a related-only term to a direct one, when an inherited target makes it direct. */
    public void makeDirect() {
        direct = true;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long statementSeq;
        private String kind;
        private String termKey;

        public Key() {
        }

        public Key(long statementSeq, String kind, String termKey) {
            this.statementSeq = statementSeq;
            this.kind = kind;
            this.termKey = termKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.statementSeq == statementSeq && Objects.equals(k.kind, kind)
                    && Objects.equals(k.termKey, termKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(statementSeq, kind, termKey);
        }
    }
}
