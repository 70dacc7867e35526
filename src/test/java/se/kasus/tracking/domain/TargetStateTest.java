package se.kasus.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TargetStateTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    private final TargetState state = new TargetState("lms");

    @Test
    void aFailureHoldsBackTheTargetUntilTheBackoffHasPassed() {
        state.failed("LRS answered 503", T0, backoff, 0.5);

        assertThat(state.mayAttempt(T0.plusMillis(999))).isFalse();
        assertThat(state.mayAttempt(T0.plusSeconds(1))).isTrue();
        assertThat(state.lastError()).hasValue("LRS answered 503");
    }

    @Test
    void failingSinceIsTheFirstFailureOfARun() {
        state.failed("down", T0, backoff, 0.5);
        state.failed("still down", T0.plusSeconds(5), backoff, 0.5);

        assertThat(state.failingSince()).hasValue(T0);
        assertThat(state.failures()).isEqualTo(2);
        assertThat(state.nextAttemptAt()).hasValue(T0.plusSeconds(7));
    }

    @Test
    void aSuccessClearsTheFailure() {
        state.failed("down", T0, backoff, 0.5);

        state.succeeded(T0.plusSeconds(3));

        assertThat(state.failingSince()).isEmpty();
        assertThat(state.lastError()).isEmpty();
        assertThat(state.mayAttempt(T0.plusSeconds(3))).isTrue();
        assertThat(state.lastSuccessAt()).hasValue(T0.plusSeconds(3));
    }

    @Test
    void oneInstanceHoldsTheLeaseUntilItRunsOutOrIsGivenUp() {
        Duration lease = Duration.ofMinutes(5);
        assertThat(state.tryLease("nodeA@host1", T0, lease)).isTrue();

        assertThat(state.tryLease("nodeB@host2", T0.plusSeconds(10), lease)).as("held by A").isFalse();
        assertThat(state.tryLease("nodeA@host1", T0.plusSeconds(10), lease)).as("A renews").isTrue();
        assertThat(state.holdsLease("nodeA@host1", T0.plusSeconds(20))).isTrue();
        assertThat(state.holdsLease("nodeB@host2", T0.plusSeconds(20))).isFalse();

        // A died: its lease runs out five minutes after its last renewal, and B takes over.
        assertThat(state.tryLease("nodeB@host2", T0.plusSeconds(309), lease)).isFalse();
        assertThat(state.tryLease("nodeB@host2", T0.plusSeconds(310), lease)).isTrue();
        assertThat(state.holdsLease("nodeA@host1", T0.plusSeconds(311))).isFalse();
        assertThat(state.leaseOwner()).hasValue("nodeB@host2");
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceButOnlyItsOwnerCanReleaseIt() {
        Duration lease = Duration.ofMinutes(5);
        state.tryLease("nodeA@host1", T0, lease);

        state.releaseLease("nodeB@host2");
        assertThat(state.tryLease("nodeB@host2", T0.plusSeconds(1), lease)).isFalse();

        state.releaseLease("nodeA@host1");
        assertThat(state.leaseOwner()).isEmpty();
        assertThat(state.tryLease("nodeB@host2", T0.plusSeconds(1), lease)).isTrue();
    }
}
