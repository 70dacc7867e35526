package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import se.kasus.tracking.domain.OutboxEntry;
import se.kasus.tracking.domain.OutboxRepository;
import se.kasus.tracking.domain.TargetState;
import se.kasus.tracking.domain.TargetStateRepository;

/** The transactional steps of delivery; the network call happens between them, outside any transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ForwardingSteps {

    @Inject
    OutboxRepository entries;

    @Inject
    TargetStateRepository states;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    private final RandomGenerator random = new java.security.SecureRandom();

    /** The next batch for the target, marked in flight; empty while the target is backing off. */
    public List<Claimed> claim(String target) {
        TargetState state = state(target);
        if (!state.mayAttempt(clock.instant())) {
            return List.of();
        }
        List<OutboxEntry> batch = entries.nextBatch(target, settings.batchSize());
        List<Claimed> claimed = batch.stream()
                .map(e -> new Claimed(e.id(), e.statementId(), e.statementJson(), e.wasInFlight())).toList();
        batch.forEach(e -> e.markInFlight(clock.instant()));
        return claimed;
    }

    public void delivered(String target, List<Long> ids) {
        var now = clock.instant();
        for (OutboxEntry entry : entries.byIds(ids)) {
            entry.markSent(now);
        }
        state(target).succeeded(now);
    }

    public void failed(String target, String error) {
        state(target).failed(error, clock.instant(), settings.backoff(), random.nextDouble());
    }

    private TargetState state(String target) {
        return states.find(target).orElseGet(() -> {
            TargetState created = new TargetState(target);
            states.add(created);
            return created;
        });
    }

    /** An outbox entry taken for delivery; {@code wasInFlight} when an earlier attempt may have delivered it. */
    public record Claimed(Long id, String statementId, String json, boolean wasInFlight) {
    }
}
