package se.kasus.tracking.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import se.kasus.tracking.application.Forwarder;
import se.kasus.tracking.application.ForwardingSettings;

/** Runs delivery on the server's managed scheduler, one run at a time, from start-up to shutdown. */
@ApplicationScoped
public class ForwardingScheduler {

    private static final Logger LOG = Logger.getLogger(ForwardingScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Forwarder forwarder;

    @Inject
    ForwardingSettings settings;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (settings.targets().isEmpty()) {
            LOG.info("Kasus xAPI: no forwarding targets configured; statements stay in the embedded LRS"
                    + " (those for an LMS that launched Kasus through cmi5 go to its LRS)");
        }
        settings.targets().forEach(t -> LOG.info("Kasus xAPI: forwarding statements to " + t));
        LOG.info("Kasus xAPI: this instance sends under the lease owner name " + settings.instance());
        long interval = settings.interval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            forwarder.forwardAll();
        } catch (RuntimeException e) {
            LOG.warning("Kasus xAPI: forwarding run failed: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
