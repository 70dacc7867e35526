package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlayerApiIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void enrollingAnswers201WithLocationAndEnrollingAgainReturnsTheSameEnrolment() {
        Credentials learner = api.newLearner();

        Reply first = api.post("api/enrollments", learner, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        Reply again = api.post("api/enrollments", learner, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");

        assertThat(first.status()).isEqualTo(201);
        String id = first.json().path("enrollmentId").asString();
        assertThat(first.location()).endsWith("/api/enrollments/" + id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("enrollmentId").asString()).isEqualTo(id);
        assertThat(api.get("api/enrollments", learner).json()).hasSize(1);
    }

    @Test
    void learnerPlaysCase01ToItsSummaryWithTheFeedbackOfTheBrief() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        Reply started = api.post("api/enrollments/" + enrollment + "/cases/case-01/attempt", learner, "");
        assertThat(started.status()).isEqualTo(200);
        JsonNode attempt = started.json();
        assertThat(attempt.path("title").asString()).isEqualTo("Den arga sökanden");
        assertThat(attempt.path("narrative").asString()).contains("Mikael, har ringt sex gånger");
        JsonNode dp1 = attempt.path("currentStep");
        assertThat(dp1.path("id").asString()).isEqualTo("dp1");
        assertThat(dp1.path("prompt").asString()).isEqualTo("Hur hanterar du Mikaels ärende?");
        assertThat(dp1.path("options")).hasSize(3);
        assertThat(dp1.path("options").get(0).has("score")).as("scores stay hidden before the decision").isFalse();
        String attemptId = attempt.path("attemptId").asString();

        JsonNode feedback1 = api.decide(learner, attemptId, "dp1", "B").json();
        assertThat(feedback1.path("score").asInt()).isEqualTo(2);
        assertThat(feedback1.path("best").asBoolean()).isTrue();
        assertThat(feedback1.path("feedback").asString()).startsWith("Bra. Du är saklig och ger god service.")
                .contains("(11 § förvaltningslagen)");
        assertThat(names(feedback1.path("honoured"))).containsExactly("Objektivitet", "Effektivitet och service",
                "Transparens och ansvar");
        assertThat(citations(feedback1)).contains("11 § förvaltningslagen (2017:900)");
        assertThat(feedback1.path("nextStepId").asString()).isEqualTo("dp2");
        assertThat(feedback1.path("caseFinished").asBoolean()).isFalse();
        assertThat(feedback1.hasNonNull("bestOptionId")).as("no best option repeated after the best choice").isFalse();

        JsonNode afterFirst = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(afterFirst.path("currentStep").path("situation").asString())
                .isEqualTo("Underlaget visar att Mikael har rätt till en del av ersättningen, inte hela.");

        JsonNode feedback2 = api.decide(learner, attemptId, "dp2", "C").json();
        assertThat(feedback2.path("score").asInt()).isZero();
        assertThat(feedback2.path("feedback").asString()).startsWith("Mikaels beteende har inget med sakfrågan att göra.");
        assertThat(names(feedback2.path("violated"))).containsExactly("Objektivitet", "Respekt");
        assertThat(feedback2.path("caseFinished").asBoolean()).isTrue();
        assertThat(feedback2.path("bestOptionId").asString()).isEqualTo("B");
        assertThat(feedback2.path("bestOptionText").asString()).startsWith("Först låter du Mikael yttra sig");
        assertThat(feedback2.path("bestFeedback").asString()).startsWith("Rätt. Material av betydelse för beslutet");

        JsonNode summary = api.get("api/attempts/" + attemptId + "/summary", learner).json();
        assertThat(summary.path("finished").asBoolean()).isTrue();
        assertThat(summary.path("score").asInt()).isEqualTo(2);
        assertThat(summary.path("maxScore").asInt()).isEqualTo(4);
        JsonNode path = summary.path("path");
        assertThat(path.get(0).path("chosenOptionId").asString()).isEqualTo("B");
        assertThat(path.get(0).path("choseBest").asBoolean()).isTrue();
        assertThat(path.get(1).path("chosenOptionId").asString()).isEqualTo("C");
        assertThat(path.get(1).path("bestOptionId").asString()).isEqualTo("B");
        assertThat(path.get(1).path("choseBest").asBoolean()).isFalse();
        JsonNode objectivity = principle(summary, "V-OBJ");
        assertThat(objectivity.path("earned").asInt()).isEqualTo(2);
        assertThat(objectivity.path("possible").asInt()).isEqualTo(4);
        assertThat(objectivity.path("honoured").asInt()).isEqualTo(1);
        assertThat(objectivity.path("violated").asInt()).isEqualTo(1);
    }

    @Test
    void theAnswerToADecisionCarriesTheAttemptAsItIsAfterItTheSameAsReadingTheAttemptAgain() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        JsonNode feedback1 = api.decide(learner, attemptId, "dp1", "B").json();
        JsonNode afterFirst = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(feedback1.path("attempt").path("currentStep").path("id").asString()).isEqualTo("dp2");
        assertThat(feedback1.path("attempt").path("score").asInt()).isEqualTo(2);
        assertThat(feedback1.path("attempt")).isEqualTo(afterFirst);
        assertThat(afterFirst.path("decisions").get(0).has("attempt"))
                .as("an attempt's own list of decisions does not carry the attempt again").isFalse();

        JsonNode feedback2 = api.decide(learner, attemptId, "dp2", "C").json();
        assertThat(feedback2.path("attempt").path("finished").asBoolean()).isTrue();
        assertThat(feedback2.path("attempt").has("currentStep")).isFalse();
        assertThat(feedback2.path("attempt").path("score").asInt()).isEqualTo(2);
        assertThat(feedback2.path("attempt")).isEqualTo(api.get("api/attempts/" + attemptId, learner).json());
    }

    @Test
    void decidingTwiceWithTheSameOptionRecordsOneDecision() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply first = api.decide(learner, attemptId, "dp1", "A");
        Reply second = api.decide(learner, attemptId, "dp1", "A");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("decisions")).hasSize(1);
        assertThat(attempt.path("score").asInt()).isZero();
        assertThat(attempt.path("currentStep").path("id").asString()).isEqualTo("dp2");
    }

    @Test
    void aDoubleClickSentAsTwoConcurrentRequestsRecordsOneDecision() throws Exception {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> api.decide(learner, attemptId, "dp1", "B"), pool);
            CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> api.decide(learner, attemptId, "dp1", "B"), pool);
            assertThat(a.get().status()).isEqualTo(200);
            assertThat(b.get().status()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        assertThat(api.get("api/attempts/" + attemptId, learner).json().path("decisions")).hasSize(1);
    }

    @Test
    void twoConcurrentEnrolmentsInTheSameCourseMakeOne() throws Exception {
        Credentials learner = api.newLearner();
        String body = "{\"courseId\":\"" + KasusApi.COURSE + "\"}";

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> api.post("api/enrollments", learner, body), pool);
            CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> api.post("api/enrollments", learner, body), pool);
            assertThat(List.of(a.get().status(), b.get().status())).allMatch(s -> s == 200 || s == 201).contains(201);
            assertThat(a.get().json().path("enrollmentId")).isEqualTo(b.get().json().path("enrollmentId"));
        } finally {
            pool.shutdown();
        }
        assertThat(api.get("api/enrollments", learner).json()).hasSize(1);
    }

    @Test
    void startingACaseAgainReturnsTheAttemptAlreadyStarted() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        String first = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, first, "dp1", "B");
        Reply again = api.post("api/enrollments/" + enrollment + "/cases/case-01/attempt", learner, "");

        assertThat(again.json().path("attemptId").asString()).isEqualTo(first);
        assertThat(again.json().path("currentStep").path("id").asString()).isEqualTo("dp2");
    }

    @Test
    void enrolmentShowsWhereToContinue() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attemptId = api.startCase(learner, enrollment, "case-02");
        api.decide(learner, attemptId, "dp1", "A");

        JsonNode view = api.get("api/enrollments/" + enrollment, learner).json();

        assertThat(view.path("resume").path("attemptId").asString()).isEqualTo(attemptId);
        assertThat(view.path("resume").path("caseId").asString()).isEqualTo("case-02");
        JsonNode m2 = view.path("modules").get(1);
        assertThat(m2.path("moduleId").asString()).isEqualTo("M2");
        assertThat(m2.path("cases").get(0).path("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theQuizShufflesOptionsPerAttemptAndBeforeAPassTellsOnlyWhetherAnAnswerWasRight() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        Reply quiz = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "");

        assertThat(quiz.status()).isEqualTo(200);
        assertThat(quiz.json().path("questions")).hasSize(5);
        assertThat(quiz.body()).doesNotContain("correct\":\"", "correctOptionId", "explanation");
        for (JsonNode question : quiz.json().path("questions")) {
            assertThat(question.path("options")).hasSize(4);
            assertThat(question.path("answer").isMissingNode() || question.path("answer").isNull()).isTrue();
        }

        String quizId = quiz.json().path("quizAttemptId").asString();
        Map<String, String> keys = QuizKeys.of("quiz-m1");
        JsonNode answer = api.post("api/quiz-attempts/" + quizId + "/answers", learner,
                "{\"questionId\":\"Q1.1\",\"optionId\":\"" + keys.get("Q1.1") + "\"}").json();
        assertThat(answer.path("correct").asBoolean()).isTrue();
        assertThat(answer.path("correctOptionId").asString("")).isEmpty();
        assertThat(answer.path("explanation").asString()).startsWith("1 kap. 2 § regeringsformen är grunden");

        Reply wrong = api.post("api/quiz-attempts/" + quizId + "/answers", learner,
                "{\"questionId\":\"Q1.2\",\"optionId\":\"A\"}");
        assertThat(wrong.json().path("correct").asBoolean()).isFalse();
        assertThat(wrong.body()).doesNotContain("correctOptionId\":\"", "explanation\":\"", "citation");
    }

    @Test
    void optionOrderDiffersBetweenAttemptsOfDifferentLearners() {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Credentials learner = api.newLearner();
            JsonNode quiz = api.post("api/enrollments/" + api.enroll(learner) + "/modules/M1/quiz", learner, "").json();
            StringBuilder order = new StringBuilder();
            quiz.path("questions").forEach(q -> q.path("options").forEach(o -> order.append(o.path("id").asString())));
            orders.add(order.toString());
        }
        // 20 options in 4 attempts: all four orders equal by chance has probability (1/24^5)^3.
        assertThat(orders).doesNotHaveDuplicates();
    }

    @Test
    void moduleCompletesWhenItsCasesAreDoneAndTheQuizReachesSeventyPercent() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attemptId = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attemptId, "dp1", "B");
        api.decide(learner, attemptId, "dp2", "B");
        Map<String, String> keys = QuizKeys.of("quiz-m1");

        JsonNode failing = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "").json();
        answer(learner, failing, keys, 3);
        JsonNode failed = api.get("api/quiz-attempts/" + failing.path("quizAttemptId").asString(), learner).json();
        assertThat(failed.path("finished").asBoolean()).isTrue();
        assertThat(failed.path("percent").asInt()).isEqualTo(60);
        assertThat(failed.path("passed").asBoolean()).isFalse();
        assertThat(module(learner, enrollment, "M1").path("completed").asBoolean()).isFalse();

        JsonNode retry = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "").json();
        assertThat(retry.path("attemptNumber").asInt()).isEqualTo(2);
        answer(learner, retry, keys, 4);

        JsonNode m1 = module(learner, enrollment, "M1");
        assertThat(m1.path("quiz").path("bestPercent").asInt()).isEqualTo(80);
        assertThat(m1.path("quiz").path("passed").asBoolean()).isTrue();
        assertThat(m1.path("completed").asBoolean()).isTrue();
        assertThat(m1.path("percentDone").asInt()).isEqualTo(100);
        assertThat(api.get("api/enrollments/" + enrollment, learner).json().path("completed").asBoolean()).isFalse();
    }

    @Test
    void reflectionIsSavedAndShownWithTheAttempt() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply saved = api.put("api/attempts/" + attemptId + "/reflection", learner,
                "{\"text\":\"Objektivitet och respekt sattes på prov.\"}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("privacy").asString()).contains("privat");
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("reflection").path("answer").asString()).isEqualTo("Objektivitet och respekt sattes på prov.");
        assertThat(attempt.path("reflection").path("question").asString()).startsWith("Vilka av den statliga värdegrundens");
    }

    private void answer(Credentials learner, JsonNode quiz, Map<String, String> keys, int correctAnswers) {
        String quizId = quiz.path("quizAttemptId").asString();
        int n = 0;
        for (JsonNode question : quiz.path("questions")) {
            String id = question.path("id").asString();
            String option = n++ < correctAnswers ? keys.get(id) : QuizKeys.wrongAnswer(question, keys.get(id));
            Reply reply = api.post("api/quiz-attempts/" + quizId + "/answers", learner,
                    "{\"questionId\":\"" + id + "\",\"optionId\":\"" + option + "\"}");
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    private JsonNode module(Credentials learner, String enrollment, String moduleId) {
        for (JsonNode module : api.get("api/enrollments/" + enrollment, learner).json().path("modules")) {
            if (module.path("moduleId").asString().equals(moduleId)) {
                return module;
            }
        }
        throw new AssertionError("no module " + moduleId);
    }

    private static JsonNode principle(JsonNode summary, String code) {
        for (JsonNode p : summary.path("principles")) {
            if (p.path("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no principle " + code);
    }

    private static List<String> names(JsonNode principles) {
        List<String> names = new ArrayList<>();
        principles.forEach(p -> names.add(p.path("name").asString()));
        return names;
    }

    private static List<String> citations(JsonNode feedback) {
        List<String> citations = new ArrayList<>();
        feedback.path("legalReferences").forEach(r -> citations.add(r.path("citation").asString()));
        return citations;
    }
}
