package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;

/** What survives a server restart: attempts where they were, and the course version a learner started on. */
class RestartIT {

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
    void anAttemptResumesExactlyWhereItWasAfterARestart() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attemptId = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attemptId, "dp1", "C");
        api.put("api/attempts/" + attemptId + "/reflection", learner, "{\"text\":\"Sparas över omstarten.\"}");

        SERVER.restart();

        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("currentStep").path("id").asString()).isEqualTo("dp2");
        assertThat(attempt.path("decisions")).hasSize(1);
        assertThat(attempt.path("decisions").get(0).path("optionId").asString()).isEqualTo("C");
        assertThat(attempt.path("decisions").get(0).path("consequence").asString())
                .isEqualTo("Ärendet blir liggande ytterligare en vecka medan chefen fördelar om det.");
        assertThat(attempt.path("score").asInt()).isEqualTo(1);
        assertThat(attempt.path("reflection").path("answer").asString()).isEqualTo("Sparas över omstarten.");
        assertThat(api.get("api/enrollments/" + enrollment, learner).json().path("resume").path("attemptId").asString())
                .isEqualTo(attemptId);
        assertThat(api.decide(learner, attemptId, "dp2", "B").json().path("caseFinished").asBoolean()).isTrue();
    }

    @Test
    void changedContentBecomesANewVersionWhileStartedLearnersKeepTheirs() throws IOException {
        Credentials early = api.newLearner();
        String earlyEnrollment = api.enroll(early);
        String earlyAttempt = api.startCase(early, earlyEnrollment, "case-01");
        int startedOn = api.get("api/enrollments/" + earlyEnrollment, early).json().path("courseVersion").asInt();

        SERVER.restart();
        Credentials unchanged = api.newLearner();
        int afterUnchangedRestart = api.get("api/enrollments/" + api.enroll(unchanged), unchanged).json()
                .path("courseVersion").asInt();

        Path caseFile = SERVER.courseFile("cases/case-01.yaml");
        String yaml = Files.readString(caseFile, StandardCharsets.UTF_8);
        Files.writeString(caseFile, yaml.replace("prompt: Hur hanterar du Mikaels ärende?",
                "prompt: Vad gör du med Mikaels ärende?"), StandardCharsets.UTF_8);
        SERVER.restart();

        assertThat(afterUnchangedRestart).as("unchanged content is not imported again").isEqualTo(startedOn);
        JsonNode earlyView = api.get("api/attempts/" + earlyAttempt, early).json();
        assertThat(earlyView.path("currentStep").path("prompt").asString()).isEqualTo("Hur hanterar du Mikaels ärende?");
        assertThat(api.get("api/enrollments/" + earlyEnrollment, early).json().path("courseVersion").asInt())
                .isEqualTo(startedOn);

        Credentials late = api.newLearner();
        String lateEnrollment = api.enroll(late);
        assertThat(api.get("api/enrollments/" + lateEnrollment, late).json().path("courseVersion").asInt())
                .isEqualTo(startedOn + 1);
        String lateAttempt = api.startCase(late, lateEnrollment, "case-01");
        assertThat(api.get("api/attempts/" + lateAttempt, late).json().path("currentStep").path("prompt").asString())
                .isEqualTo("Vad gör du med Mikaels ärende?");
    }
}
