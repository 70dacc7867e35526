package se.kasus.archfixture.api;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.Supplier;

/** Retries on a conflict itself: not allowed in a resource. */
public class RetryingResource {

    <T> T retried(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (OptimisticLockException e) {
            return useCase.get();
        }
    }

    boolean duplicate(Throwable e) {
        return e instanceof SQLIntegrityConstraintViolationException;
    }
}
