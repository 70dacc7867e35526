package se.kasus.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.cmi5.domain.Cmi5Ids;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchParameters;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;

/**
 * An AU launch from an LMS, in cmi5's order: the launch URL's values, the AU it names (a case or a module quiz of
 * the course's latest version), the token from the fetch URL (posted to once, never again, also when a later step
 * fails), LMS.LaunchData and the learner preferences, then the session in Kasus ({@link LaunchRecords#open}).
 * Outside any transaction: the LMS is called over the network before anything is written.
 */
@ApplicationScoped
public class Cmi5Launches {

    private static final Logger LOG = Logger.getLogger(Cmi5Launches.class.getName());

    @Inject
    LmsConnection lms;

    @Inject
    LaunchRecords records;

    @Inject
    CourseVersions versions;

    @Inject
    @ConfigProperty(name = "kasus.public.base.url", defaultValue = "http://localhost:9080/")
    String baseUrl;

    /**
     * The LMSs Kasus accepts launches from (comma-separated URLs); their endpoint and fetch URLs must lie under one.
     * Anyone can write a launch URL, and the LMS vouches for the learner, so without this list a made-up "LMS"
     * could sign in as any LMS learner. Empty: no launch is accepted.
     */
    @Inject
    @ConfigProperty(name = "kasus.cmi5.lms.urls")
    Optional<String> trustedLms;

    /**
     * @param caseId the case of a case AU, or null for the module quiz AU
     * @throws LaunchException when the launch cannot start; the message never holds the token
     */
    public LaunchRecords.Opened launch(String courseId, String moduleId, String caseId, Map<String, String> query) {
        LaunchParameters parameters = LaunchQuery.parameters(query);
        List<String> trusted = Arrays.stream(trustedLms.orElse("").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (!LaunchQuery.trusted(parameters.endpoint(), trusted) || !LaunchQuery.trusted(parameters.fetch(), trusted)) {
            throw new LaunchException(LaunchFailure.UNTRUSTED_LMS, "endpoint " + parameters.endpoint()
                    + " or the fetch URL is not under kasus.cmi5.lms.urls");
        }
        String publisherId = publisherId(courseId, moduleId, caseId);
        StartedLaunch started = new LaunchStarter(lms).start(parameters, publisherId);
        LaunchRecords.Opened opened;
        try {
            opened = records.open(started, courseId, moduleId, caseId);
        } catch (LaunchException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LaunchException(LaunchFailure.KASUS_ERROR, "the launch could not be stored: " + e, e);
        }
        LOG.info(() -> "cmi5 launch " + opened.launchSessionId() + " of " + publisherId + " started: " + started);
        return opened;
    }

    /** The AU id in Kasus's cmi5.xml for the launched unit, if the course's latest version has it. */
    private String publisherId(String courseId, String moduleId, String caseId) {
        Course course = versions.latest(courseId).map(p -> p.course())
                .orElseThrow(() -> new LaunchException(LaunchFailure.UNKNOWN_UNIT, "no course " + courseId));
        Module module = course.module(moduleId)
                .orElseThrow(() -> new LaunchException(LaunchFailure.UNKNOWN_UNIT, "no module " + moduleId));
        Cmi5Ids ids = new Cmi5Ids(URI.create(baseUrl.strip()));
        if (caseId == null) {
            if (module.quiz() == null || module.quiz().isBlank()) {
                throw new LaunchException(LaunchFailure.UNKNOWN_UNIT, "module " + moduleId + " has no quiz");
            }
            return ids.quizAu(courseId, moduleId);
        }
        if (!module.cases().contains(caseId)) {
            throw new LaunchException(LaunchFailure.UNKNOWN_UNIT, "no case " + caseId + " in module " + moduleId);
        }
        return ids.caseAu(courseId, moduleId, caseId);
    }
}
