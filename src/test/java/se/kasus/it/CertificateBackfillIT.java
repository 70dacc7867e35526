package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * Learners who completed the course before Kasus issued certificates get theirs without doing anything: at the
 * next start. Their certificates are removed from the database while the server is down, which leaves the
 * completed enrolments exactly as an installation from before certificates has them.
 */
class CertificateBackfillIT {

    private static final RestartableServer SERVER = new RestartableServer();
    private final KasusApi api = SERVER.api;

    @BeforeAll
    static void startServer() {
        SERVER.startClean();
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Test
    void aCourseCompletedBeforeCertificatesExistedGetsItsCertificateOnceAtTheNextStart() {
        Credentials learner = api.newLearner("Berit Före");
        String enrollment = new CourseRun(api, learner).complete();
        String first = api.get("api/me/certificates", learner).json().get(0).path("id").asString();

        SERVER.stop();
        SERVER.sqlWhileStopped("DELETE FROM certificate_file", "DELETE FROM certificate");
        SERVER.start();

        JsonNode certificates = api.get("api/admin/certificates?q=" + learner.username(), api.admin()).json();
        assertThat(certificates).as("issued at start, before the learner came back").hasSize(1);
        assertThat(certificates.get(0).path("id").asString()).isNotEqualTo(first);
        assertThat(certificates.get(0).path("learnerName").asString()).isEqualTo("Berit Före");
        assertThat(certificates.get(0).path("status").asString()).isEqualTo("VALID");

        SERVER.restart();
        JsonNode mine = api.get("api/me/certificates", learner).json();
        assertThat(mine).as("a second start and the learner's visit issue nothing more").hasSize(1);
        assertThat(mine.get(0).path("id").asString()).isEqualTo(certificates.get(0).path("id").asString());
        assertThat(api.get("api/enrollments/" + enrollment, learner).json().path("completed").asBoolean()).isTrue();
    }
}
