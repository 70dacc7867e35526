package se.kasus.cmi5.domain;

import java.util.Objects;
import java.util.UUID;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;

/**
 * What one AU launch session needs to build its cmi5 statements: from the launch URL (registration,
 * activityId, actor) and from {@code LMS.LaunchData} (session id and publisher id, both inside the context
 * template, launchMode, masteryScore, moveOn).
 *
 * @param registration the registration the LMS passed on the launch URL
 * @param sessionId the session id from the context template's sessionid extension
 * @param launchMode Normal, Browse or Review
 * @param masteryScore the masteryScore from LMS.LaunchData, 0..1, or null when none was given
 * @param moveOn the moveOn from LMS.LaunchData (informative for the AU)
 * @param activityId the activityId from the launch URL: the object id of every cmi5 defined statement
 * @param publisherId the AU id in Kasus's cmi5.xml, the publisher id grouping activity
 * @param actor the learner as the LMS named it on the launch URL
 * @param contextTemplate the contextTemplate from LMS.LaunchData, or null to use one built from
 *     sessionId and publisherId; its values are never overwritten (cmi5 section 10.0)
 */
public record LaunchContext(
        UUID registration,
        String sessionId,
        LaunchMode launchMode,
        Double masteryScore,
        MoveOn moveOn,
        String activityId,
        String publisherId,
        Agent actor,
        Context contextTemplate) {

    public LaunchContext {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(launchMode, "launchMode");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(publisherId, "publisherId");
        Objects.requireNonNull(actor, "actor");
        if (masteryScore != null && (masteryScore.isNaN() || masteryScore < 0 || masteryScore > 1)) {
            throw new IllegalArgumentException("masteryScore must be between 0 and 1: " + masteryScore);
        }
    }

    /** A launch context without an LMS context template: the template is built from sessionId and publisherId. */
    public LaunchContext(UUID registration, String sessionId, LaunchMode launchMode, Double masteryScore,
            MoveOn moveOn, String activityId, String publisherId, Agent actor) {
        this(registration, sessionId, launchMode, masteryScore, moveOn, activityId, publisherId, actor, null);
    }
}
