package se.kasus.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginThrottle.Limits DEFAULTS =
            new LoginThrottle.Limits(10, Duration.ofMinutes(1), 50, Duration.ofMinutes(1));

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(DEFAULTS, clock);

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.attempt(account, address).refusedFor()).as("attempt " + (i + 1)).isEmpty();
        }
    }

    @Test
    void tenFailedAttemptsOnAnAccountAreAllowedAndTheEleventhWaitsAMinute() {
        fail("anna", "10.0.0.1", 10);

        LoginThrottle.Attempt eleventh = throttle.attempt("anna", "10.0.0.1");

        assertThat(eleventh.refusedFor()).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofSeconds(59)).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(eleventh.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void aThrottledAccountGetsOneAttemptPerMinuteFromAnyAddress() {
        fail("anna", "10.0.0.1", 10);

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.attempt("anna", "10.0.0.2").refusedFor()).hasValue(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.attempt("anna", "10.0.0.2").refusedFor()).isEmpty();
        assertThat(throttle.attempt("anna", "10.0.0.3").refusedFor()).isPresent();
    }

    @Test
    void successfulLoginsDoNotCount() {
        for (int i = 0; i < 100; i++) {
            LoginThrottle.Attempt attempt = throttle.attempt("anna", "10.0.0.1");
            assertThat(attempt.refusedFor()).isEmpty();
            attempt.succeeded();
        }
    }

    @Test
    void oneAddressMayFailFiftyTimesAMinuteAcrossAccounts() {
        for (int i = 0; i < 50; i++) {
            fail("user" + i, "10.0.0.9", 1);
        }

        assertThat(throttle.attempt("someone-else", "10.0.0.9").refusedFor()).isPresent();
        assertThat(throttle.attempt("someone-else", "10.0.0.10").refusedFor()).as("another address").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.attempt("someone-else", "10.0.0.9").refusedFor()).as("refilled 50 a minute").isEmpty();
    }

    @Test
    void anAttemptRefusedByTheAddressDoesNotUseUpTheAccount() {
        for (int i = 0; i < 50; i++) {
            fail("user" + i, "10.0.0.9", 1);
        }
        for (int i = 0; i < 20; i++) {
            throttle.attempt("anna", "10.0.0.9");
        }

        fail("anna", "10.0.0.1", 10);
    }

    @Test
    void idleBucketsAreForgottenWhenThereAreTooMany() {
        for (int i = 0; i < LoginThrottle.MAX_BUCKETS; i++) {
            throttle.attempt("user" + i, "address" + i).succeeded();
        }

        throttle.attempt("one-more", "one-more-address");

        assertThat(throttle.bucketCount()).isLessThan(10);
    }
}
