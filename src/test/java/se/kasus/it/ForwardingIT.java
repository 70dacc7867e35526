package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * Forwarding to the organisation's LRS loses nothing and sends nothing twice, whether that LRS
 * fails every other request, is down for a while, or Kasus stops in the middle of a batch.
 */
class ForwardingIT {

    private final RestartableServer server = new RestartableServer();
    private final KasusApi api = server.api;
    private final FakeLrs lrs = new FakeLrs();

    @AfterEach
    void stopAll() {
        server.stop();
        lrs.stop();
    }

    @Test
    void everyStatementArrivesOnceAndInOrderThoughTheLrsFailsEveryOtherRequestAndIsDownForAWhile() throws Exception {
        lrs.failingEveryOtherRequest(true).start();
        server.withEnvironment(forwardingTo(lrs)).startClean();
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        String attempt = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attempt, "dp1", "B");
        api.decide(learner, attempt, "dp2", "B");
        api.put("api/attempts/" + attempt + "/reflection", learner, "{\"text\":\"Tankar\"}");
        waitUntil(() -> lrs.receivedIds().size() >= 5, Duration.ofSeconds(60));

        lrs.stop();
        takeQuizM1(learner, enrollment);
        waitUntil(() -> target().path("failingSince").isString(), Duration.ofSeconds(30));
        JsonNode whileDown = target();
        assertThat(whileDown.path("pending").asLong()).isPositive();
        assertThat(whileDown.path("lastError").asString()).isNotBlank();
        Thread.sleep(2000);
        lrs.start();

        waitUntil(() -> lrs.receivedIds().size() >= 12, Duration.ofSeconds(90));
        Thread.sleep(1500);
        assertDeliveredExactlyOnceInOrder(12);
        JsonNode after = target();
        assertThat(after.path("pending").asLong()).isZero();
        assertThat(after.path("sent").asLong()).isEqualTo(12);
        assertThat(after.path("failingSince").isNull() || after.path("failingSince").isMissingNode()).isTrue();
        assertThat(lrs.posts()).as("failed requests were retried").isGreaterThan(3);
    }

    @Test
    void aStopInTheMiddleOfABatchDeliversTheRestAfterTheRestartWithoutDuplicates() throws Exception {
        lrs.holdingPosts(15000).start();
        server.withEnvironment(forwardingTo(lrs)).startClean();
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attempt = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attempt, "dp1", "B");
        api.decide(learner, attempt, "dp2", "B");
        assertThat(lrs.awaitHeld(60)).as("a batch reached the LRS").isTrue();

        server.stopAbruptly();
        int beforeRestart = lrs.receivedIds().size();
        server.start();
        api.put("api/attempts/" + attempt + "/reflection", learner, "{\"text\":\"Efter omstarten\"}");

        waitUntil(() -> lrs.receivedIds().size() >= 5, Duration.ofSeconds(90));
        Thread.sleep(1500);
        assertThat(beforeRestart).isPositive();
        assertDeliveredExactlyOnceInOrder(5);
    }

    private void assertDeliveredExactlyOnceInOrder(int expected) {
        List<String> ids = lrs.receivedIds();
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
        List<String> verbs = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (JsonNode statement : lrs.received()) {
            verbs.add(statement.path("verb").path("id").asString().replace("http://adlnet.gov/expapi/verbs/", ""));
            times.add(Instant.parse(statement.path("timestamp").asString()));
        }
        List<String> expectedVerbs = new ArrayList<>(List.of("initialized", "answered", "answered", "completed", "commented"));
        if (expected == 12) {
            for (int i = 0; i < 5; i++) {
                expectedVerbs.add("answered");
            }
            expectedVerbs.addAll(List.of("passed", "completed"));
        }
        assertThat(verbs).containsExactlyElementsOf(expectedVerbs);
        assertThat(times).isSorted();
        assertThat(lrs.received()).allSatisfy(s -> assertThat(s.path("context").path("platform").asString()).isEqualTo("Kasus"));
    }

    private JsonNode target() {
        JsonNode all = api.get("api/admin/xapi-forwarding", api.admin()).json();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void takeQuizM1(Credentials learner, String enrollment) {
        Map<String, String> keys = QuizKeys.of("quiz-m1");
        JsonNode quiz = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "").json();
        String quizId = quiz.path("quizAttemptId").asString();
        for (JsonNode question : quiz.path("questions")) {
            String id = question.path("id").asString();
            api.post("api/quiz-attempts/" + quizId + "/answers", learner,
                    "{\"questionId\":\"" + id + "\",\"optionId\":\"" + keys.get(id) + "\"}");
        }
    }

    private static Map<String, String> forwardingTo(FakeLrs lrs) {
        return Map.of(
                "KASUS_XAPI_FORWARD_TARGETS", "lms",
                "KASUS_XAPI_FORWARD_LMS_URL", lrs.endpoint(),
                "KASUS_XAPI_FORWARD_LMS_USERNAME", "kasus",
                "KASUS_XAPI_FORWARD_LMS_PASSWORD", "test-secret",
                "KASUS_XAPI_FORWARD_INTERVAL_MS", "200",
                "KASUS_XAPI_FORWARD_BACKOFF_INITIAL_MS", "100",
                "KASUS_XAPI_FORWARD_BACKOFF_MAX_MS", "1000",
                "KASUS_XAPI_FORWARD_BATCH", "3");
    }

    private static void waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as("condition within " + timeout).isTrue();
    }
}
