package se.kasus.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a use case again when a concurrent request got there first: a row changed under it, the same row was just
 * created (a unique key says so), or the database chose it as a deadlock victim. The next run sees what the other
 * wrote, so a double click is answered like a single click. Call it outside the transaction, around a call of an
 * application service, so that each run has a transaction of its own. The runs are bounded and a little apart, with
 * a random pause, so that requests that collided once do not collide again in step.
 */
public final class RetryOnConflict {

    static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 20;

    /** SQLState of a unique key violation on both Derby and PostgreSQL (whose driver has no subclass for it). */
    private static final String UNIQUE_VIOLATION = "23505";

    private RetryOnConflict() {
    }

    public static <T> T run(Supplier<T> useCase) {
        RuntimeException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            if (i > 0) {
                pause(i);
            }
            try {
                return useCase.get();
            } catch (RuntimeException e) {
                if (!conflict(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /**
     * A conflict with a concurrent request, wherever it surfaced: at a flush (a PersistenceException) or at the
     * commit (the transaction interceptor's exception, with the database's in its causes). A deadlock victim or a
     * lock timeout (SQLState class 40) is a conflict too: the database rolled it back so that the other could go on.
     */
    static boolean conflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals(UNIQUE_VIOLATION))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, PAUSE_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run again", e);
        }
    }
}
