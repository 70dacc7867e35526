package se.kasus.cmi5.domain;

import java.util.Objects;
import java.util.UUID;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;

/**
 * What one AU launch session needs to write its statements: the launch URL's actor, registration and activityId,
 * and LMS.LaunchData's contextTemplate (holding the LMS's session id and publisher id grouping), launchMode,
 * masteryScore and moveOn.
 *
 * @param registration the registration from the launch URL (cmi5 9.6.1)
 * @param sessionId the session id from the contextTemplate's sessionid extension (cmi5 9.6.3.1)
 * @param launchMode the launchMode from LMS.LaunchData
 * @param masteryScore the masteryScore from LMS.LaunchData, 0..1, or null when the LMS gave none
 * @param moveOn the moveOn from LMS.LaunchData (e.g. "Completed", "Passed"), may be null
 * @param activityId the launch URL's activityId: the object id of every cmi5 defined statement (cmi5 9.4)
 * @param publisherId the AU id from cmi5.xml, in contextActivities.grouping (cmi5 9.6.2.3), may be null
 * @param actor the launch URL's actor, an Agent with an account (cmi5 9.2)
 * @param contextTemplate the LMS's contextTemplate, never overwritten (cmi5 section 10), may be null
 */
public record LaunchContext(
        UUID registration,
        String sessionId,
        LaunchMode launchMode,
        Double masteryScore,
        String moveOn,
        String activityId,
        String publisherId,
        Agent actor,
        Context contextTemplate) {

    public LaunchContext {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(launchMode, "launchMode");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(actor, "actor");
        if (actor.account() == null) {
            throw new IllegalArgumentException("a cmi5 actor is an Agent with an account (cmi5 9.2)");
        }
        if (masteryScore != null && (masteryScore < 0 || masteryScore > 1)) {
            throw new IllegalArgumentException("masteryScore is between 0 and 1: " + masteryScore);
        }
    }
}
