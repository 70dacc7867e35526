package se.kasus.learning.application;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/**
 * Runs a use case again when a concurrent request got there first: an enrolment changed under it,
 * or the same enrolment or attempt was just created (a unique key says so). The second run sees
 * what the first wrote, so a double click is answered like a single click. Call it outside the
 * transaction, around a call of {@link LearningService}, so that each run has a transaction of its own.
 */
public final class RetryOnConflict {

    private static final int ATTEMPTS = 3;

    private RetryOnConflict() {
    }

    public static <T> T run(Supplier<T> useCase) {
        RuntimeException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
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
     * commit (the transaction interceptor's exception, with the database's in its causes). A deadlock victim
     * (SQLState class 40) is a conflict too: the database rolled it back so that the other could go on.
     */
    private static boolean conflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
