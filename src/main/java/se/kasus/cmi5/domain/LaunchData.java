package se.kasus.cmi5.domain;

import java.util.Objects;
import se.kasus.xapi.model.Context;

/**
 * The LMS.LaunchData State document (cmi5 section 10), as far as an AU uses it.
 *
 * @param contextTemplate the context every statement starts from (required)
 * @param launchMode Normal, Browse or Review (required)
 * @param masteryScore 0..1, or null
 * @param moveOn the AU's moveOn (required of the LMS, informative for the AU), or null when absent
 * @param returnUrl where the browser goes when the AU is terminated, or null
 * @param launchParameters the course structure's launchParameters, or null
 */
public record LaunchData(Context contextTemplate, LaunchMode launchMode, Double masteryScore, MoveOn moveOn,
        String returnUrl, String launchParameters) {

    public LaunchData {
        Objects.requireNonNull(contextTemplate, "contextTemplate");
        Objects.requireNonNull(launchMode, "launchMode");
    }

    /** The session id the LMS put in the contextTemplate (9.6.3.1), or null when it is missing. */
    public String sessionId() {
        Object value = contextTemplate.extensions() == null ? null
                : contextTemplate.extensions().get(Cmi5Statements.EXTENSION_SESSION_ID);
        return value == null ? null : value.toString();
    }
}
