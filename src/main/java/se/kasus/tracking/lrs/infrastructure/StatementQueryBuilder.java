package se.kasus.tracking.lrs.infrastructure;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/**
 * The SQL of one statement query over a range of sequence numbers: the sequence numbers of the statements that match,
 * in the order of the answer, at most {@code fetch} of them. Portable SQL (Derby 10.16 and PostgreSQL), with
 * numbered parameters {@code ?1, ?2, ...} as JPA native queries take them.
 *
 * <p>The query is driven by one index, read in the order of the answer, so that the database can stop after
 * {@code fetch} rows instead of collecting and sorting every match:
 * <ul>
 * <li>with a filter, the primary key of {@code lrs_term} ({@code term_hash, statement_seq}) for the most selective
 * filter (registration, then agent, then activity, then verb): the entries of one term in sequence order; each row is
 * joined to its statement by primary key, and the other filters are EXISTS probes on the same primary key;</li>
 * <li>without one, the primary key of {@code lrs_statement}.</li>
 * </ul>
 * The stored window is checked on each row; the caller turns it into sequence bounds too
 * ({@link StatementSeqFinder}), which is what makes the database stop early.
 *
 * @param sql the query text
 * @param parameters the values of ?1, ?2, ... in order
 */
record StatementQueryBuilder(String sql, List<Object> parameters) {

    /** A Derby optimizer override; the line break ends the comment. */
    static final String DERBY_FIXED_ORDER = "--DERBY-PROPERTIES joinOrder=FIXED\n";
    /**
     * Each row of the driving index probes the other tables by primary key: with the statement range on both sides,
     * Derby would otherwise build a hash table of every statement in the window (seen at 200,000 statements: a second
     * for a sparse registration).
     */
    static final String DERBY_NESTED_LOOP = "--DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";

    /**
     * @param query the filters and the order (its {@code afterSeq} is not read: the caller folds it into the range)
     * @param fromSeq the lowest sequence number to read (inclusive), or null
     * @param toSeq the sequence number to stop before (exclusive), or null
     * @param fetch how many rows at most
     */
    static StatementQueryBuilder of(StatementQuery query, Long fromSeq, Long toSeq, int fetch) {
        List<Filter> filters = new ArrayList<>();
        add(filters, TermKind.REGISTRATION, query.registration(), false);
        add(filters, TermKind.AGENT, query.agentKey(), !query.relatedAgents());
        add(filters, TermKind.ACTIVITY, query.activityKey(), !query.relatedActivities());
        add(filters, TermKind.VERB, query.verbKey(), false);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String seq;
        if (filters.isEmpty()) {
            seq = "s.seq";
            sql.append("SELECT s.seq FROM lrs_statement s WHERE s.voided = ").append(p(parameters, Boolean.FALSE));
        } else {
            seq = "t.statement_seq";
            Filter driver = filters.get(0);
            // Derby flattens the EXISTS probes into joins and may reorder them so that a denser term drives: the
            // override (a comment to PostgreSQL) keeps the order written, most selective term first
            sql.append("SELECT t.statement_seq FROM ").append(DERBY_FIXED_ORDER)
                    .append("lrs_term t JOIN lrs_statement s ").append(DERBY_NESTED_LOOP).append("ON s.seq = t.statement_seq")
                    .append(" WHERE t.term_hash = ").append(p(parameters, driver.hash()));
            if (driver.directOnly()) {
                sql.append(" AND t.direct = ").append(p(parameters, Boolean.TRUE));
            }
            sql.append(" AND s.voided = ").append(p(parameters, Boolean.FALSE));
            for (Filter other : filters.subList(1, filters.size())) {
                sql.append(" AND EXISTS (SELECT 1 FROM lrs_term x ").append(DERBY_NESTED_LOOP).append("WHERE x.term_hash = ").append(p(parameters, other.hash()))
                        .append(" AND x.statement_seq = t.statement_seq");
                if (other.directOnly()) {
                    sql.append(" AND x.direct = ").append(p(parameters, Boolean.TRUE));
                }
                sql.append(')');
            }
        }
        // The stored window is a pair of sequence bounds (the caller's), and checked on each row too, through an
        // expression no index serves: on the column itself, PostgreSQL's planner may read the index on stored, the
        // whole window, and sort it
        if (query.since() != null) {
            sql.append(" AND COALESCE(s.stored, s.stored) > ").append(p(parameters, Timestamp.from(query.since())));
        }
        if (query.until() != null) {
            sql.append(" AND COALESCE(s.stored, s.stored) <= ").append(p(parameters, Timestamp.from(query.until())));
        }
        // The range on the statements too when a term drives: PostgreSQL's planner does not carry it over the join,
        // and without it misjudges how many statements a stored window leaves
        for (String column : filters.isEmpty() ? List.of(seq) : List.of(seq, "s.seq")) {
            if (fromSeq != null) {
                sql.append(" AND ").append(column).append(" >= ").append(p(parameters, fromSeq));
            }
            if (toSeq != null) {
                sql.append(" AND ").append(column).append(" < ").append(p(parameters, toSeq));
            }
        }
        sql.append(" ORDER BY ").append(seq).append(query.ascending() ? " ASC" : " DESC")
                .append(" FETCH FIRST ").append(p(parameters, fetch)).append(" ROWS ONLY");
        return new StatementQueryBuilder(sql.toString(), List.copyOf(parameters));
    }

    /** The text for plain JDBC: {@code ?} for each numbered parameter. */
    String jdbcSql() {
        return sql.replaceAll("\\?\\d+", "?");
    }

    private static String p(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static void add(List<Filter> filters, TermKind kind, String key, boolean directOnly) {
        if (key != null) {
            filters.add(new Filter(Term.hash(kind, key), directOnly));
        }
    }

    private record Filter(long hash, boolean directOnly) {
    }
}
