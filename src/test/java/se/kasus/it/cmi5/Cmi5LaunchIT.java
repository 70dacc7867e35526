package se.kasus.it.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.QuizKeys;
import tools.jackson.databind.JsonNode;

/**
 * Kasus launched by an LMS (cmi5) over HTTP, with {@link FakeLms} as the LMS: the quiz AU judged against the LMS's
 * masteryScore (passed above, failed below, with the scaled score), a second use of a fetch URL, a launch URL
 * without its values, a launch from an LMS that is not trusted, and the LMS's LRS out of service while the learner plays (the statements wait in the outbox
 * and arrive in order when it is back). Progress made through the LMS is Kasus progress.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class Cmi5LaunchIT {

    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    private FakeLms lms;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @BeforeEach
    void startLms() {
        lms = new FakeLms().start();
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    @Test
    void theQuizAuIsPassedAtOrAboveTheLmsMasteryScoreWithTheScaledScore() {
        UUID registration = UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        String launch = lms.launch(Cmi5Launch.quizAuUrl("M1"), Cmi5Launch.actor("Pia Passar"), registration,
                Cmi5Launch.quizAuId("M1"), Cmi5Launch.launchData(session, Cmi5Launch.quizAuId("M1"), "Normal", 0.5,
                        "Passed", lms.returnUrl()));
        Cmi5Launch browser = new Cmi5Launch();

        String page = browser.start(launch);
        assertThat(page).startsWith("/test.html?forsok=").contains("&launch=");
        int questions = answer(browser, Cmi5Launch.param(page, "forsok"), Integer.MAX_VALUE);
        assertThat(browser.exit(Cmi5Launch.param(page, "launch"))).isEqualTo(lms.returnUrl());

        List<JsonNode> received = awaitVerbs(lms, 2 + questions + 1);
        assertThat(Cmi5Launch.verbs(received)).first().isEqualTo("initialized");
        assertThat(Cmi5Launch.verbs(received)).endsWith("passed", "terminated");
        JsonNode passed = received.get(received.size() - 2);
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
        assertThat(passed.path("result").path("duration").asString()).startsWith("PT");
        assertThat(passed.path("context").path("extensions").path(MASTERY).asDouble()).isEqualTo(0.5);
        assertThat(categories(passed)).contains(CMI5, MOVE_ON);
        assertThat(passed.path("object").path("id").asString()).isEqualTo(Cmi5Launch.quizAuId("M1"));
        received.forEach(s -> assertTemplate(s, registration, session, Cmi5Launch.quizAuId("M1")));
        received.subList(1, 1 + questions).forEach(answered -> {
            assertThat(answered.path("verb").path("id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
            assertThat(categories(answered)).doesNotContain(CMI5, MOVE_ON);
        });
        assertThat(lms.fetchPosts()).isEqualTo(1);
    }

    @Test
    void theQuizAuIsFailedBelowTheLmsMasteryScoreEvenWhenKasusOwnRuleWouldPass() {
        UUID registration = UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        String launch = lms.launch(Cmi5Launch.quizAuUrl("M1"), Cmi5Launch.actor("Fia Faller"), registration,
                Cmi5Launch.quizAuId("M1"), Cmi5Launch.launchData(session, Cmi5Launch.quizAuId("M1"), "Normal", 0.9,
                        "Passed", null));
        Cmi5Launch browser = new Cmi5Launch();

        String page = browser.start(launch);
        JsonNode quiz = browser.get("/api/quiz-attempts/" + Cmi5Launch.param(page, "forsok"));
        int total = quiz.path("questions").size();
        int questions = answer(browser, Cmi5Launch.param(page, "forsok"), total - 1);
        assertThat(browser.exit(Cmi5Launch.param(page, "launch"))).isEqualTo("/lms-avslutad.html");

        List<JsonNode> received = awaitVerbs(lms, 2 + questions + 1);
        assertThat(Cmi5Launch.verbs(received)).endsWith("failed", "terminated");
        JsonNode failed = received.get(received.size() - 2);
        assertThat(failed.path("result").path("success").asBoolean()).isFalse();
        assertThat(failed.path("result").path("score").path("scaled").asDouble())
                .isEqualTo((double) (total - 1) / total).isLessThan(0.9);
        assertThat(failed.path("context").path("extensions").path(MASTERY).asDouble()).isEqualTo(0.9);
        received.forEach(s -> assertTemplate(s, registration, session, Cmi5Launch.quizAuId("M1")));
    }

    @Test
    void aSecondUseOfTheFetchUrlShowsTheErrorPageAndALaunchWithoutItsValuesFetchesNothing() {
        String launch = lms.launch(Cmi5Launch.caseAuUrl("M1", "case-01"), Cmi5Launch.actor("Åsa Åter"),
                UUID.randomUUID(), Cmi5Launch.caseAuId("M1", "case-01"), Cmi5Launch.launchData(
                        UUID.randomUUID().toString(), Cmi5Launch.caseAuId("M1", "case-01"), "Normal", null, "Completed",
                        lms.returnUrl()));
        new Cmi5Launch().start(launch);

        HttpResponse<String> again = new Cmi5Launch().open(launch);

        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(again.body()).contains("Kursen kunde inte starta").contains("Starten har redan använts eller har gått ut");
        assertThat(again.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("KASUSSESSION=") && c.length() > 20);
        assertThat(lms.fetchPosts()).isEqualTo(2);

        HttpResponse<String> bare = new Cmi5Launch().open(Cmi5Launch.caseAuUrl("M1", "case-01") + "?registration=x");
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(bare.body()).contains("Länken från lärplattformen saknar uppgifter");
        assertThat(lms.fetchPosts()).isEqualTo(2);

        // The same LMS under a name not in kasus.cmi5.lms.urls (localhost, not 127.0.0.1): Kasus does not ask it.
        String elsewhere = lms.launch(Cmi5Launch.caseAuUrl("M1", "case-01"), Cmi5Launch.actor("Okänd Plattform"),
                UUID.randomUUID(), Cmi5Launch.caseAuId("M1", "case-01"), Cmi5Launch.launchData(
                        UUID.randomUUID().toString(), Cmi5Launch.caseAuId("M1", "case-01"), "Normal", null, "Completed",
                        null)).replace("127.0.0.1", "localhost");
        HttpResponse<String> untrusted = new Cmi5Launch().open(elsewhere);
        assertThat(untrusted.statusCode()).isEqualTo(403);
        assertThat(untrusted.body()).contains("Kasus tar inte emot kurser från den här lärplattformen");
        assertThat(lms.fetchPosts()).isEqualTo(2);
    }

    @Test
    void whileTheLmsLrsIsDownTheStatementsWaitInTheOutboxAndTheProgressCountsInKasus() {
        UUID registration = UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        String auId = Cmi5Launch.caseAuId("M1", "case-01");
        String launch = lms.launch(Cmi5Launch.caseAuUrl("M1", "case-01"), Cmi5Launch.actor("Nils Nere"), registration,
                auId, Cmi5Launch.launchData(session, auId, "Normal", null, "Completed", lms.returnUrl()));
        Cmi5Launch browser = new Cmi5Launch();
        String page = browser.start(launch);
        String attempt = Cmi5Launch.param(page, "forsok");
        awaitVerbs(lms, 1);

        lms.statementsDown(true);
        browser.post("/api/attempts/" + attempt + "/decisions", "{\"stepId\":\"dp1\",\"optionId\":\"B\"}");
        browser.post("/api/attempts/" + attempt + "/decisions", "{\"stepId\":\"dp2\",\"optionId\":\"B\"}");
        browser.exit(Cmi5Launch.param(page, "launch"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> lms.received().size() == 1);

        lms.statementsDown(false);
        List<JsonNode> received = awaitVerbs(lms, 5);
        assertThat(Cmi5Launch.verbs(received)).containsExactly("initialized", "answered", "answered", "completed",
                "terminated");
        received.forEach(s -> assertTemplate(s, registration, session, auId));
        assertThat(categories(received.get(3))).contains(CMI5, MOVE_ON);
        assertThat(received.get(3).path("result").path("completion").asBoolean()).isTrue();

        JsonNode enrollment = browser.get("/api/enrollments").get(0);
        JsonNode m1 = enrollment.path("modules").get(0);
        assertThat(m1.path("moduleId").asString()).isEqualTo("M1");
        assertThat(m1.path("cases").get(0).path("caseId").asString()).isEqualTo("case-01");
        assertThat(m1.path("cases").get(0).path("status").asString()).isEqualTo("FINISHED");
    }

    /** Answers the quiz attempt's questions, the first {@code right} with the key; returns how many were answered. */
    private static int answer(Cmi5Launch browser, String quizAttemptId, int right) {
        JsonNode quiz = browser.get("/api/quiz-attempts/" + quizAttemptId);
        Map<String, String> keys = QuizKeys.of("quiz-m1");
        int n = 0;
        for (JsonNode question : quiz.path("questions")) {
            String id = question.path("id").asString();
            String option = n < right ? keys.get(id) : QuizKeys.wrongAnswer(question, keys.get(id));
            browser.post("/api/quiz-attempts/" + quizAttemptId + "/answers",
                    "{\"questionId\":\"" + id + "\",\"optionId\":\"" + option + "\"}");
            n++;
        }
        return n;
    }

    private static List<JsonNode> awaitVerbs(FakeLms lms, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> lms.received().size() >= count);
        return lms.received();
    }

    /** The cmi5 context template on every statement (9.6): registration, publisher id grouping, session id. */
    public static void assertTemplate(JsonNode statement, UUID registration, String session, String publisherId) {
        JsonNode context = statement.path("context");
        assertThat(context.path("registration").asString()).as(statement.toString()).isEqualTo(registration.toString());
        assertThat(context.path("extensions").path(SESSION_ID).asString()).isEqualTo(session);
        assertThat(context.path("contextActivities").path("grouping").findValuesAsString("id")).contains(publisherId);
        assertThat(statement.path("actor").path("account").path("homePage").asString()).isEqualTo("https://lms.example.org");
        assertThat(statement.path("id").asString()).hasSize(36);
        assertThat(statement.path("timestamp").asString()).isNotBlank();
    }

    public static List<String> categories(JsonNode statement) {
        return statement.path("context").path("contextActivities").path("category").findValuesAsString("id");
    }
}
