package se.kasus.tracking.lrs.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.kasus.tracking.lrs.domain.StatementQuery;

/**
 * Finds the sequence numbers of a statement query's answer, so that the cost grows with the page, not with the number
 * of statements that match (see {@link StatementQueryBuilder} for the index each query reads).
 *
 * <ul>
 * <li>The {@code more} cursor ({@link StatementQuery#afterSeq()}) is a bound on the sequence number: page 10 reads
 * the index from where page 9 ended.</li>
 * <li>{@code since} and {@code until} become sequence bounds too: the first statement stored after the instant,
 * found through the index on {@code stored} (two single-row index reads). That is exact because stored times never
 * go down as sequence numbers go up: a server numbers and stamps a batch together ({@link StatementNumbers#reserve}).
 * The stored window is still checked on each row as well. With several servers on one PostgreSQL database each
 * numbers from blocks of its own, so there a statement of one server can have a lower number than an earlier one of
 * the other: the bound is then exact only to within what the other server stored from its current block (see the
 * README, "LRS queries").</li>
 * <li>Derby's B-tree indexes are read forwards only, so Derby cannot stop early in a newest-first query by itself:
 * it would read all matches and sort them. On Derby the finder therefore reads the index in windows of sequence
 * numbers, from the end the answer starts at, each window only a little larger than the rows still missing call for
 * (it grows with how sparse the matches were in the window before); each window is a range scan of the index plus a
 * sort of the few rows in it. PostgreSQL reads an index backwards and stops at the limit by itself: one query.</li>
 * </ul>
 */
final class StatementSeqFinder {

    /** Where the queries run: JPA native queries in the server, plain JDBC in the plan tests. */
    interface Database {
        /** The sequence numbers the query returns, in order. */
        List<Long> seqs(StatementQueryBuilder query);

        /** The first value of this one-column query with these parameters, or null. */
        Long single(String sql, List<Object> parameters);

        /** Whether the database reads an index backwards (PostgreSQL), or only forwards (Derby). */
        boolean readsIndexesBackwards();
    }

    /** The lowest sequence number of the statements stored first after an instant (?1). */
    static final String FIRST_STORED_AFTER = "SELECT MIN(seq) FROM lrs_statement WHERE stored = "
            + "(SELECT MIN(stored) FROM lrs_statement WHERE stored > ?1)";
    static final String LAST_SEQ = "SELECT MAX(seq) FROM lrs_statement";

    /** The first window of a newest-first query on Derby spans this many times the rows asked for, at least. */
    private static final int FIRST_WINDOW_PER_ROW = 2;
    private static final long MIN_WINDOW = 64;
    /** A window is at most this many times as wide as the one before. */
    private static final long MAX_GROWTH = 16;

    private final Database database;

    StatementSeqFinder(Database database) {
        this.database = database;
    }

    /** At most {@code max} sequence numbers of the answer, in its order. */
    List<Long> find(StatementQuery query, int max) {
        Long from = null;
        Long to = null;
        if (query.afterSeq() != null) {
            if (query.ascending()) {
                from = query.afterSeq() + 1;
            } else {
                to = query.afterSeq();
            }
        }
        if (query.since() != null) {
            Long first = firstStoredAfter(query.since());
            if (first == null) {
                return List.of();
            }
            from = from == null ? first : Math.max(from, first);
        }
        if (query.until() != null) {
            Long first = firstStoredAfter(query.until());
            if (first != null) {
                to = to == null ? first : Math.min(to, first);
            }
        }
        if (database.readsIndexesBackwards()) {
            return database.seqs(StatementQueryBuilder.of(query, from, to, max));
        }
        return inWindows(query, from, to, max);
    }

    /**
     * Derby: windows from the end the answer starts at. Newest first needs them (forward-only indexes); oldest first
     * uses them too, because with a one-sided range Derby's optimizer estimates a large share of the table and
     * prefers a table scan and a sort to the primary key (it does not count on stopping at the limit).
     */
    private List<Long> inWindows(StatementQuery query, Long from, Long to, int max) {
        if (to == null) {
            Long last = database.single(LAST_SEQ, List.of());
            if (last == null) {
                return List.of();
            }
            to = last + 1;
        }
        long low = from == null ? 0 : from;
        long top = to;
        long width = Math.max(MIN_WINDOW, (long) FIRST_WINDOW_PER_ROW * max);
        List<Long> found = new ArrayList<>();
        while (found.size() < max && top > low) {
            List<Long> got;
            if (query.ascending()) {
                long end = top - low > width ? low + width : top;
                got = database.seqs(StatementQueryBuilder.of(query, low, end, max - found.size()));
                low = end;
            } else {
                long start = top - low > width ? top - width : low;
                got = database.seqs(StatementQueryBuilder.of(query, start, top, max - found.size()));
                top = start;
            }
            found.addAll(got);
            long missing = max - found.size();
            long growth = got.isEmpty() ? MAX_GROWTH : Math.min(MAX_GROWTH, Math.max(2, 2 * missing / got.size() + 1));
            width = width > Long.MAX_VALUE / MAX_GROWTH ? Long.MAX_VALUE / 2 : width * growth;
        }
        return found;
    }

    private Long firstStoredAfter(Instant instant) {
        return database.single(FIRST_STORED_AFTER, List.of(java.sql.Timestamp.from(instant)));
    }
}
