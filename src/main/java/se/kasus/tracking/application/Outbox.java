package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import se.kasus.tracking.domain.OutboxEntry;
import se.kasus.tracking.domain.OutboxRepository;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;

/** Queues a stored statement for every configured target, or one for one target, in the caller's transaction. */
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

    /**
     * Queues a statement for one target only, such as the LMS's LRS of a cmi5 launch (a {@link TargetDirectory}
     * name): it waits there, in order, until that LRS accepts it.
     */
    public void enqueueTo(String target, Statement statement) {
        entries.add(new OutboxEntry(target, statement.id(), XapiJson.write(statement), clock.instant()));
    }
}
