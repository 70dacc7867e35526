package se.kasus.learning.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;

/**
 * Runs a use case again when a concurrent request got there first: an enrolment changed under it,
 * or the same enrolment or attempt was just created (a unique key says so). The second run sees
 * what the first wrote, so a double click is answered like a single click.
 */
final class RetryOnConflict {

    private static final int ATTEMPTS = 3;

    private RetryOnConflict() {
    }

    static <T> T run(Supplier<T> useCase) {
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
