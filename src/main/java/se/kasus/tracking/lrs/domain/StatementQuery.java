package se.kasus.tracking.lrs.domain;

import java.time.Instant;

/**
 * The filters of a statement query (xAPI 1.0.3 Communication 2.1.3), as index keys. Null means no filter.
 *
 * @param agentKey {@link ActorKey} of the agent filter
 * @param verbKey {@link IndexKey} of the verb id
 * @param activityKey {@link IndexKey} of the activity id
 * @param registration the registration UUID in lower case
 * @param relatedActivities whether the activity filter also matches context activities and SubStatements
 * @param relatedAgents whether the agent filter also matches authority, instructor, team and SubStatements
 * @param since only statements stored after this instant
 * @param until only statements stored at or before this instant
 * @param ascending oldest first instead of newest first
 * @param afterSeq the cursor of a following page: only statements beyond this sequence number in the query's order
 */
public record StatementQuery(String agentKey, String verbKey, String activityKey, String registration,
                             boolean relatedActivities, boolean relatedAgents, Instant since, Instant until,
                             boolean ascending, Long afterSeq) {

    public StatementQuery withAfterSeq(Long seq) {
        return new StatementQuery(agentKey, verbKey, activityKey, registration, relatedActivities, relatedAgents, since,
                until, ascending, seq);
    }
}
