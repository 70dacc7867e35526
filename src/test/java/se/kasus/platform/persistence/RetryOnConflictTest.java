package se.kasus.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryOnConflictTest {

    @Test
    void anOptimisticLockConflictRunsTheUseCaseAgainAndAnswersWithTheNextRun() {
        UseCase useCase = new UseCase(new OptimisticLockException("changed under us"));

        assertThat(RetryOnConflict.run(useCase)).isEqualTo("run 2");
        assertThat(useCase.runs).isEqualTo(2);
    }

    @Test
    void aDuplicateKeyDeepInTheCausesRunsTheUseCaseAgain() {
        PersistenceException duplicate = new PersistenceException("flush failed",
                new RuntimeException(new SQLIntegrityConstraintViolationException("unique key")));
        UseCase useCase = new UseCase(duplicate, duplicate);

        assertThat(RetryOnConflict.run(useCase)).isEqualTo("run 3");
        assertThat(useCase.runs).isEqualTo(3);
    }

    @Test
    void aDuplicateKeyFoundAtCommitBehindTheTransactionInterceptorsExceptionRunsTheUseCaseAgain() {
        RuntimeException atCommit = new IllegalStateException("transaction rolled back",
                new Exception("rollback", new SQLIntegrityConstraintViolationException("unique key")));
        UseCase useCase = new UseCase(atCommit);

        assertThat(RetryOnConflict.run(useCase)).isEqualTo("run 2");
    }

    @Test
    void aDeadlockVictimRunsTheUseCaseAgain() {
        PersistenceException deadlock = new PersistenceException("flush failed",
                new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001"));
        PersistenceException lockTimeout = new PersistenceException("flush failed",
                new SQLException("A lock could not be obtained within the time requested", "40XL1"));
        UseCase useCase = new UseCase(deadlock, lockTimeout);

        assertThat(RetryOnConflict.run(useCase)).isEqualTo("run 3");
    }

    @Test
    void anotherPersistenceFailureIsThrownAtOnce() {
        PersistenceException broken = new PersistenceException("connection lost");
        UseCase useCase = new UseCase(broken);

        assertThatThrownBy(() -> RetryOnConflict.run(useCase)).isSameAs(broken);
        assertThat(useCase.runs).isEqualTo(1);
    }

    @Test
    void aUniqueViolationReportedOnlyByItsSqlStateRunsTheUseCaseAgain() {
        PersistenceException duplicate = new PersistenceException("flush failed",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        UseCase useCase = new UseCase(duplicate);

        assertThat(RetryOnConflict.run(useCase)).isEqualTo("run 2");
    }

    @Test
    void anotherIntegrityViolationIsThrownAtOnce() {
        PersistenceException notNull = new PersistenceException("flush failed",
                new SQLException("null value in column", "23502"));
        UseCase useCase = new UseCase(notNull);

        assertThatThrownBy(() -> RetryOnConflict.run(useCase)).isSameAs(notNull);
        assertThat(useCase.runs).isEqualTo(1);
    }

    @Test
    void conflictsInEveryRunGiveUpWithTheLastAfterABoundedNumberOfRuns() {
        OptimisticLockException last = new OptimisticLockException("last");
        RuntimeException[] failures = new RuntimeException[RetryOnConflict.ATTEMPTS];
        for (int i = 0; i < failures.length - 1; i++) {
            failures[i] = new OptimisticLockException("run " + (i + 1));
        }
        failures[failures.length - 1] = last;
        UseCase useCase = new UseCase(failures);

        assertThatThrownBy(() -> RetryOnConflict.run(useCase)).isSameAs(last);
        assertThat(useCase.runs).isEqualTo(RetryOnConflict.ATTEMPTS);
    }

    /** Fails with the given exceptions, one per run, then answers which run it was. */
    private static final class UseCase implements Supplier<String> {

        private final Deque<RuntimeException> failures;
        private int runs;

        UseCase(RuntimeException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public String get() {
            runs++;
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            return "run " + runs;
        }
    }
}
