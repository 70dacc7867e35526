package se.kasus.cmi5.application;

import java.util.Optional;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchParameters;

/** What a launch asks of the LMS; each call throws {@link se.kasus.cmi5.domain.LaunchException} on failure. */
public interface LmsConnection {

    /** One POST to the fetch URL (cmi5 8.2); never retried. */
    String fetchToken(LaunchParameters launch);

    /** LMS.LaunchData from the State resource (cmi5 section 10). */
    LaunchData launchData(LaunchParameters launch, String token);

    /** languagePreference from the cmi5LearnerPreferences Agent Profile document (cmi5 section 11). */
    Optional<String> languagePreference(LaunchParameters launch, String token);
}
