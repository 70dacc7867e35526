package se.kasus.tracking.lrs.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import se.kasus.tracking.lrs.domain.StatementStamp;
import se.kasus.tracking.lrs.domain.StoredStatement;

/**
 * Hands out statement sequence numbers from blocks of the database sequence: one round trip per
 * {@link StoredStatement#SEQUENCE_BLOCK} statements. A value v drawn from the sequence stands for the block
 * {@code v - SEQUENCE_BLOCK + 1 .. v}, the way EclipseLink allocates from it too, so the two never hand out the same
 * number. Drawing from a sequence is not undone by a rollback: numbers may be skipped, never repeated. Thread-safe.
 */
final class StatementNumbers {

    private long next = 1;
    private long last = 0;
    private Instant lastStored;

    /**
     * Numbers a batch of {@code count} statements and reads their stored time, under one lock: a batch numbered later
     * is never stored earlier (the time is held where it was if the clock goes back), so on a database that only this
     * server writes, stored times do not go down as sequence numbers go up and {@code since}/{@code until} are ranges
     * of sequence numbers ({@link StatementSeqFinder}).
     */
    synchronized StatementStamp reserve(Connection connection, int count, Supplier<Instant> now) throws SQLException {
        List<Long> seqs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seqs.add(next(connection));
        }
        Instant stored = now.get();
        if (lastStored != null && stored.isBefore(lastStored)) {
            stored = lastStored;
        }
        lastStored = stored;
        return new StatementStamp(stored, seqs);
    }

    synchronized long next(Connection connection) throws SQLException {
        if (next > last) {
            long value = draw(connection);
            next = value - StoredStatement.SEQUENCE_BLOCK + 1;
            last = value;
        }
        return next++;
    }

    private static long draw(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String sql = product.contains("postgres")
                ? "SELECT nextval('" + StoredStatement.SEQUENCE + "')"
                : "VALUES NEXT VALUE FOR " + StoredStatement.SEQUENCE;
        try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
