package se.kasus.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void eachFailureDoublesTheWaitWithoutJitter() {
        assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(9, 0.5)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void theWaitIsCappedAtTheMaximum() {
        assertThat(backoff.delay(10, 0.5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delay(1000, 0.5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterSpreadsTheWaitByTwentyPercentEachWay() {
        assertThat(backoff.delay(2, 0.0)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.delay(2, 0.999999)).isBetween(Duration.ofMillis(2399), Duration.ofMillis(2400));
    }

    @Test
    void aMaximumBelowTheInitialWaitIsRejected() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
