package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers queued statements to each target in order, batch by batch. A batch left in flight by a
 * stop is first checked against the target, so a statement the target already acknowledged is not
 * sent again.
 */
@ApplicationScoped
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());

    @Inject
    ForwardingSettings settings;

    @Inject
    ForwardingSteps steps;

    @Inject
    StatementSender sender;

    @Inject
    Instance<TargetDirectory> directories;

    public void forwardAll() {
        List<ForwardingTarget> targets = new ArrayList<>(settings.targets());
        for (TargetDirectory directory : directories) {
            try {
                for (String name : steps.pendingTargets(directory.prefix())) {
                    directory.target(name).ifPresent(targets::add);
                }
            } catch (RuntimeException e) {
                LOG.warning("xAPI forwarding: the targets with prefix " + directory.prefix() + " could not be read: " + e);
            }
        }
        for (ForwardingTarget target : targets) {
            try {
                forward(target);
            } catch (RuntimeException e) {
                LOG.warning("xAPI forwarding to " + target.name() + " stopped: " + e);
            }
        }
    }

    /** Sends batches until the target's queue is empty, a batch fails, or another instance is sending. */
    void forward(ForwardingTarget target) {
        try {
            steps.prepare(target.name());
        } catch (RuntimeException e) {
            // Another instance created the state row at the same moment; it is there now.
            LOG.fine(() -> "xAPI forwarding to " + target.name() + ": state row created concurrently: " + e);
        }
        try {
            sendBatches(target);
        } catch (RuntimeException e) {
            steps.release(target.name());
            throw e;
        }
    }

    private void sendBatches(ForwardingTarget target) {
        while (true) {
            List<ForwardingSteps.Claimed> batch = steps.claim(target.name());
            if (batch.isEmpty()) {
                return;
            }
            try {
                List<ForwardingSteps.Claimed> toSend = new ArrayList<>();
                List<Long> alreadyThere = new ArrayList<>();
                for (ForwardingSteps.Claimed entry : batch) {
                    if (entry.wasInFlight() && toSend.isEmpty() && sender.holds(target, entry.statementId())) {
                        alreadyThere.add(entry.id());
                    } else {
                        toSend.add(entry);
                    }
                }
                if (!alreadyThere.isEmpty()) {
                    LOG.info("xAPI forwarding to " + target.name() + ": " + alreadyThere.size()
                            + " statements of an interrupted batch had already arrived and are not sent again");
                }
                if (!toSend.isEmpty()) {
                    sender.send(target, toSend.stream().map(ForwardingSteps.Claimed::json).toList());
                }
                List<Long> ids = new ArrayList<>(alreadyThere);
                toSend.forEach(e -> ids.add(e.id()));
                steps.delivered(target.name(), ids);
            } catch (StatementSender.SendFailure e) {
                steps.failed(target.name(), e.getMessage());
                return;
            }
        }
    }
}
