package se.kasus.cmi5.domain;

import java.util.UUID;
import se.kasus.xapi.model.Agent;

/**
 * The five values the LMS appends to the AU URL (cmi5 8.1): endpoint, fetch, actor, registration, activityId.
 *
 * @param endpoint the LMS's xAPI base endpoint
 * @param fetch the one-time URL that answers the auth token to a POST
 * @param actor the learner, an Agent with an account
 * @param registration the learner's enrolment, a UUID
 * @param activityId the object id of every cmi5 defined statement
 */
public record LaunchParameters(String endpoint, String fetch, Agent actor, UUID registration, String activityId) {
}
