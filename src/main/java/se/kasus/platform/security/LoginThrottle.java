package se.kasus.platform.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import se.kasus.platform.time.ClockTimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * Password guessing limits as token buckets (Bucket4j), one per account and one per client address. Each
 * login attempt takes a token from both before the password is checked (so parallel guesses are counted
 * too); a successful login gives them back, so only failed attempts use up the allowance. When either
 * bucket is empty the attempt is refused, even with the right password, until the bucket refills.
 * The buckets live in this instance's memory: several instances each allow the full figures.
 */
public final class LoginThrottle {

    /** Buckets kept before full (idle) ones are forgotten. */
    static final int MAX_BUCKETS = KeyedBuckets.MAX_BUCKETS;

    private final Limits limits;
    private final TimeMeter time;
    private final KeyedBuckets accounts;
    private final KeyedBuckets addresses;

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTimeMeter(clock);
        this.accounts = new KeyedBuckets(limits.accountAttempts(), this::accountBucket);
        this.addresses = new KeyedBuckets(limits.addressAttempts(), this::addressBucket);
    }

    /** Takes one attempt for the account and the address: allowed, or refused with the time to wait. */
    public Attempt attempt(String account, String address) {
        Bucket byAccount = accounts.get(account);
        ConsumptionProbe first = byAccount.tryConsumeAndReturnRemaining(1);
        if (!first.isConsumed()) {
            return Attempt.refused(first.getNanosToWaitForRefill());
        }
        Bucket byAddress = addresses.get(address);
        ConsumptionProbe second = byAddress.tryConsumeAndReturnRemaining(1);
        if (!second.isConsumed()) {
            byAccount.addTokens(1);
            return Attempt.refused(second.getNanosToWaitForRefill());
        }
        return new Attempt(Optional.empty(), () -> {
            byAccount.addTokens(1);
            byAddress.addTokens(1);
        });
    }

    /** Forgets the account's bucket: its next attempts start from the full allowance. */
    public void release(String account) {
        accounts.forget(account);
    }

    private Bucket accountBucket(String key) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.accountAttempts()).refillGreedy(1, limits.accountRefill()))
                .withCustomTimePrecision(time)
                .build();
    }

    private Bucket addressBucket(String key) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.addressAttempts())
                        .refillGreedy(limits.addressAttempts(), limits.addressPeriod()))
                .withCustomTimePrecision(time)
                .build();
    }

    int bucketCount() {
        return accounts.size() + addresses.size();
    }

    /**
     * How many failed attempts an account may make at once and how often it gets one more; how many failed
     * attempts one client address may make per period.
     */
    public record Limits(long accountAttempts, Duration accountRefill, long addressAttempts, Duration addressPeriod) {

        public Limits {
            if (accountAttempts < 1 || addressAttempts < 1 || accountRefill.isNegative() || accountRefill.isZero()
                    || addressPeriod.isNegative() || addressPeriod.isZero()) {
                throw new IllegalArgumentException("login limits must be positive");
            }
        }
    }

    /** One attempt: refused with a wait, or allowed, in which case a success gives the tokens back. */
    public static final class Attempt {

        private final Optional<Duration> wait;
        private final Runnable refund;

        private Attempt(Optional<Duration> wait, Runnable refund) {
            this.wait = wait;
            this.refund = refund;
        }

        static Attempt refused(long nanos) {
            return new Attempt(Optional.of(Duration.ofNanos(Math.max(nanos, 1))), () -> { });
        }

        /** Empty when the attempt may go ahead; otherwise how long until the next is allowed. */
        public Optional<Duration> refusedFor() {
            return wait;
        }

        /** The password was right: the attempt does not count. */
        public void succeeded() {
            refund.run();
        }

        /** Whole seconds to wait, rounded up (for Retry-After). */
        public long retryAfterSeconds() {
            return wait.map(d -> Math.max(1, (d.toMillis() + 999) / 1000)).orElse(0L);
        }
    }
}
