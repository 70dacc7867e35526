package se.kasus.tracking.domain;

import java.time.Duration;

/**
 * Exponential backoff with jitter: the n-th consecutive failure waits initial × 2^(n−1), capped at
 * max, then spread by ±20 % so that many servers do not retry in step.
 *
 * @param initial wait after the first failure
 * @param max     longest wait
 */
public record Backoff(Duration initial, Duration max) {

    public static final double JITTER = 0.2;

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
    }

    /**
     * @param failures consecutive failures so far, at least 1
     * @param jitter   a random number in [0, 1)
     */
    public Duration delay(int failures, double jitter) {
        int exponent = Math.min(Math.max(failures, 1) - 1, 30);
        double base = Math.min(initial.toMillis() * Math.pow(2, exponent), max.toMillis());
        double spread = 1 - JITTER + 2 * JITTER * jitter;
        return Duration.ofMillis(Math.round(base * spread));
    }
}
