package se.kasus.tracking.lrs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored statements and their index terms. */
public interface StatementRepository {

    Optional<StoredStatement> findByStatementId(String statementId);

    /** The stored statements with any of these ids. */
    List<StoredStatement> findByStatementIds(Collection<String> statementIds);

    /** The stored statements whose object is a StatementRef to any of these ids. */
    List<StoredStatement> findReferringTo(Collection<String> statementIds);

    /** Adds a statement; its sequence number is assigned here. */
    void add(StoredStatement statement);

    /** Adds the terms of a statement that has none yet. */
    void addTerms(long statementSeq, Collection<Term> terms);

    /** Adds terms to a statement that may have some already; a term already there becomes direct if either is. */
    void mergeTerms(long statementSeq, Collection<Term> terms);

    List<StatementTerm> termsOf(long statementSeq);

    /** Up to {@code max} statements that match the query and are not voided, in the query's order. */
    List<StoredStatement> find(StatementQuery query, int max);
}
