package se.kasus.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How delivery to one target LRS is going. Delivery is strictly in order, so a failure holds back
 * the whole target until the next attempt, which backs off exponentially. When several instances
 * share the database, one of them at a time holds the target's lease and sends; the lease runs
 * out by itself if that instance dies, and another takes over.
 */
@Entity
@Table(name = "xapi_target_state")
public class TargetState {

    @Id
    @Column(length = 64)
    private String target;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    /** The instance that is sending to this target, while {@link #leaseUntil} has not passed. */
    @Column(name = "lease_owner", length = 200)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    private long version;

    protected TargetState() {
    }

    public TargetState(String target) {
        this.target = target;
    }

    public boolean mayAttempt(Instant now) {
        return nextAttemptAt == null || !now.isBefore(nextAttemptAt);
    }

    public void succeeded(Instant now) {
        failures = 0;
        failingSince = null;
        nextAttemptAt = null;
        lastError = null;
        lastSuccessAt = now;
    }

    public void failed(String error, Instant now, Backoff backoff, double jitter) {
        failures++;
        if (failingSince == null) {
            failingSince = now;
        }
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        Duration delay = backoff.delay(failures, jitter);
        nextAttemptAt = now.plus(delay);
    }

    /** Takes or renews the lease for {@code owner}, unless another owner holds one that has not run out. */
    public boolean tryLease(String owner, Instant now, Duration length) {
        if (leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil != null && now.isBefore(leaseUntil)) {
            return false;
        }
        leaseOwner = owner;
        leaseUntil = now.plus(length);
        return true;
    }

    public boolean holdsLease(String owner, Instant now) {
        return owner.equals(leaseOwner) && leaseUntil != null && now.isBefore(leaseUntil);
    }

    /** Gives the lease up, if {@code owner} holds it, so another instance need not wait for it to run out. */
    public void releaseLease(String owner) {
        if (owner.equals(leaseOwner)) {
            leaseOwner = null;
            leaseUntil = null;
        }
    }

    public Optional<String> leaseOwner() {
        return Optional.ofNullable(leaseOwner);
    }

    public String target() {
        return target;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
    }
}
