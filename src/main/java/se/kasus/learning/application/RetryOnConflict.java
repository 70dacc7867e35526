package se.kasus.learning.application;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
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
        PersistenceException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return useCase.get();
            } catch (PersistenceException e) {
                if (!(e instanceof OptimisticLockException) && !duplicateKey(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
