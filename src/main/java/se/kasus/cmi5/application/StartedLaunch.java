package se.kasus.cmi5.application;

import java.util.Optional;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchParameters;

/**
 * A launch that may begin: the LMS's values, the auth token for its LRS (kept server side, never sent to the
 * browser), LMS.LaunchData, the context every statement of the session is built from, and the learner's language
 * preference.
 */
public record StartedLaunch(LaunchParameters parameters, String token, LaunchData launchData, LaunchContext context,
        Optional<String> languagePreference) {

    @Override
    public String toString() {
        return "StartedLaunch[activityId=" + parameters.activityId() + ", registration=" + parameters.registration()
                + ", launchMode=" + launchData.launchMode() + ", token=***]";
    }
}
