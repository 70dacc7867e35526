package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import se.kasus.tracking.domain.OutboxEntry;
import se.kasus.tracking.domain.OutboxRepository;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;

/** Queues a stored statement for every target, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @Inject
    OutboxRepository entries;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    public void enqueue(Statement stored) {
        String json = XapiJson.write(stored);
        for (ForwardingTarget target : settings.targets()) {
            entries.add(new OutboxEntry(target.name(), stored.id(), json, clock.instant()));
        }
    }
}
