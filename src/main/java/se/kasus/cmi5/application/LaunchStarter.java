package se.kasus.cmi5.application;

import java.util.Objects;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchParameters;

/**
 * The start of an AU launch in the order cmi5 gives it: the token from the fetch URL (once), then LMS.LaunchData,
 * then the learner preferences. A failure at any step is a {@link LaunchException} and no later step is tried; in
 * particular the fetch URL is never posted to a second time for the same launch.
 */
public final class LaunchStarter {

    private final LmsConnection lms;

    public LaunchStarter(LmsConnection lms) {
        this.lms = Objects.requireNonNull(lms);
    }

    /**
     * @param parameters the launch URL's values
     * @param publisherId the AU id in Kasus's cmi5.xml for the launched URL (publisher id grouping, cmi5 9.6.2.3)
     */
    public StartedLaunch start(LaunchParameters parameters, String publisherId) {
        String token = lms.fetchToken(parameters);
        LaunchData data = lms.launchData(parameters, token);
        if (data.sessionId() == null || data.sessionId().isBlank()) {
            throw new LaunchException(LaunchFailure.LAUNCH_DATA_MISSING,
                    "the contextTemplate has no sessionid extension (cmi5 10.0)");
        }
        LaunchContext context = new LaunchContext(parameters.registration(), data.sessionId(), data.launchMode(),
                data.masteryScore(), data.moveOn(), parameters.activityId(), publisherId, parameters.actor(),
                data.contextTemplate());
        return new StartedLaunch(parameters, token, data, context, lms.languagePreference(parameters, token));
    }
}
