package se.kasus.tracking.lrs.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Stored statements and their index terms. */
public interface StatementRepository {

    Optional<StoredStatement> findByStatementId(String statementId);

    /** The stored statements with any of these ids. */
    List<StoredStatement> findByStatementIds(Collection<String> statementIds);

    /** Which of these statement ids are stored: a cheap check, since statements sent are nearly always new. */
    Set<String> storedIds(Collection<String> statementIds);

    /** The stored statements whose object is a StatementRef to any of these ids. */
    List<StoredStatement> findReferringTo(Collection<String> statementIds);

    Optional<StoredStatement> findBySeq(long seq);

    /** Remembers that a statement refers to one the LRS does not have yet. */
    void addPendingReference(PendingReference reference);

    /** The pending references to any of these statement ids, which are removed: their targets have arrived. */
    List<PendingReference> takePendingReferences(Collection<String> targetIds);

    /**
     * The stored time of a batch of {@code count} new statements, read from {@code now}, and their sequence numbers,
     * taken together: a statement numbered later is never stored earlier, so that a stored window is a range of
     * sequence numbers. This default only reads the time; {@link #addAll} numbers the statements.
     */
    default StatementStamp stamp(int count, Supplier<Instant> now) {
        return new StatementStamp(now.get(), List.of());
    }

    /** Adds new statements, in this order; their sequence numbers are assigned here unless {@link #stamp} did. */
    void addAll(List<StoredStatement> statements);

    /** Marks a statement voided that was stored earlier or just now by {@link #addAll}. */
    void markVoided(StoredStatement statement);

    /** Adds the terms of statements that have none yet, by sequence number. */
    void addTerms(Map<Long, Collection<Term>> termsBySeq);

    /** Adds terms to a statement that may have some already; a term already there becomes direct if either is. */
    void mergeTerms(long statementSeq, Collection<Term> terms);

    /** Up to {@code max} statements that match the query and are not voided, in the query's order. */
    List<StoredStatement> find(StatementQuery query, int max);
}
