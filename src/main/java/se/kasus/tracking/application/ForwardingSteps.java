package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import se.kasus.tracking.domain.OutboxEntry;
import se.kasus.tracking.domain.OutboxRepository;
import se.kasus.tracking.domain.TargetState;
import se.kasus.tracking.domain.TargetStateRepository;

/**
 * The transactional steps of delivery; the network call happens between them, outside any
 * transaction. Every step locks the target's state row first, and a batch is claimed only under
 * the target's lease ({@link TargetState#tryLease}): with several instances on one database, one
 * sends to a target at a time, in order, and no statement is claimed by two of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ForwardingSteps {

    private static final Logger LOG = Logger.getLogger(ForwardingSteps.class.getName());

    @Inject
    OutboxRepository entries;

    @Inject
    TargetStateRepository states;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    private final RandomGenerator random = new java.security.SecureRandom();

    /** Makes sure the target has a state row to lock; another instance may create it at the same moment. */
    public void prepare(String target) {
        if (states.find(target).isEmpty()) {
            states.add(new TargetState(target));
        }
    }

    /**
     * The next batch for the target, marked in flight; empty while the target is backing off, while
     * another instance holds its lease, or when nothing is waiting (the lease is then given up).
     */
    public List<Claimed> claim(String target) {
        TargetState state = lockedState(target);
        Instant now = clock.instant();
        if (!state.mayAttempt(now) || !state.tryLease(settings.instance(), now, settings.lease())) {
            return List.of();
        }
        List<OutboxEntry> batch = entries.nextBatch(target, settings.batchSize());
        if (batch.isEmpty()) {
            state.releaseLease(settings.instance());
            return List.of();
        }
        List<Claimed> claimed = batch.stream()
                .map(e -> new Claimed(e.id(), e.statementId(), e.statementJson(), e.wasInFlight())).toList();
        batch.forEach(e -> e.markInFlight(now));
        return claimed;
    }

    public void delivered(String target, List<Long> ids) {
        TargetState state = lockedState(target);
        var now = clock.instant();
        if (!state.holdsLease(settings.instance(), now)) {
            LOG.warning("xAPI forwarding to " + target + ": a batch took longer than the lease ("
                    + settings.lease() + "); another instance may have sent it too. Raise kasus.xapi.forward.lease.ms");
        }
        for (OutboxEntry entry : entries.byIds(ids)) {
            entry.markSent(now);
        }
        state.succeeded(now);
    }

    public void failed(String target, String error) {
        TargetState state = lockedState(target);
        state.failed(error, clock.instant(), settings.backoff(), random.nextDouble());
        state.releaseLease(settings.instance());
    }

    /** The names of directory targets (by prefix) that have statements waiting. */
    public List<String> pendingTargets(String prefix) {
        return entries.pendingTargets(prefix);
    }

    /** Gives up the lease after an unexpected error, so that another instance may go on. */
    public void release(String target) {
        states.findLocked(target).ifPresent(state -> state.releaseLease(settings.instance()));
    }

    private TargetState lockedState(String target) {
        return states.findLocked(target).orElseGet(() -> {
            TargetState created = new TargetState(target);
            states.add(created);
            return created;
        });
    }

    /** An outbox entry taken for delivery; {@code wasInFlight} when an earlier attempt may have delivered it. */
    public record Claimed(Long id, String statementId, String json, boolean wasInFlight) {
    }
}
