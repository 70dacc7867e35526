package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import se.kasus.tracking.domain.OutboxRepository;
import se.kasus.tracking.domain.TargetState;
import se.kasus.tracking.domain.TargetStateRepository;

/** Per target: how many statements wait, how many were delivered, and since when delivery fails. */
@ApplicationScoped
@Transactional
public class ForwardingStatus {

    @Inject
    ForwardingSettings settings;

    @Inject
    OutboxRepository entries;

    @Inject
    TargetStateRepository states;

    public List<TargetView> all() {
        return settings.targets().stream().map(t -> {
            var state = states.find(t.name());
            return new TargetView(t.name(), t.endpoint().toString(), t.version(), entries.countPending(t.name()),
                    entries.countSent(t.name()),
                    state.flatMap(TargetState::failingSince).orElse(null),
                    state.flatMap(TargetState::lastError).orElse(null),
                    state.flatMap(TargetState::nextAttemptAt).orElse(null),
                    state.flatMap(TargetState::lastSuccessAt).orElse(null));
        }).toList();
    }

    public record TargetView(String name, String url, String version, long pending, long sent, Instant failingSince,
                             String lastError, Instant nextAttemptAt, Instant lastSuccessAt) {
    }
}
