package se.kasus.learning.api;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Runs a use case again when a concurrent request changed the same enrolment first. The second
 * run sees what the first wrote, so a double click is answered like a single click.
 */
final class RetryOnConflict {

    private static final int ATTEMPTS = 3;

    private RetryOnConflict() {
    }

    static <T> T run(Supplier<T> useCase) {
        OptimisticLockException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return useCase.get();
            } catch (OptimisticLockException e) {
                last = e;
            }
        }
        throw last;
    }
}
