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
 * the whole target until the next attempt, which backs off exponentially.
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
