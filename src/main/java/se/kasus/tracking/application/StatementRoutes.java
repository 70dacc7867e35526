package se.kasus.tracking.application;

import java.util.List;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.xapi.model.Statement;

/**
 * Further deliveries of a learning event's statement beyond the embedded LRS and the configured targets, such as the
 * LMS's LRS of a cmi5 launch the learner is in. Asked in the event's transaction, so what a route adds is queued
 * with the learner's change or not at all.
 */
public interface StatementRoutes {

    /**
     * @param event the learning event
     * @param stored Kasus's statement of it as the embedded LRS stored it
     * @return the statements to queue, each for its target, in order
     */
    List<Routed> routes(LearningEvent event, Statement stored);

    record Routed(String target, Statement statement) {
    }
}
