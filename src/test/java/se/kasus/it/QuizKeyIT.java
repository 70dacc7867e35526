package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The quiz cannot be passed by memorising: until the module's quiz is passed, nothing the learner receives names the
 * right option of a question they got wrong, and a retake comes in another order; after a pass every attempt of the
 * module, the failed one too, carries the key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizKeyIT {

    private final KasusApi api = KasusApi.testServer();
    private final Map<String, String> keys = QuizKeys.of("quiz-m1");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void aFailedAttemptHoldsNoKeyForWrongAnswersARetakeHasAnotherOrderAndAPassRevealsTheKeys() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        JsonNode first = startQuiz(learner, enrollment);
        List<Reply> answers = answer(learner, first, 2);
        for (int i = 2; i < answers.size(); i++) {
            assertThat(answers.get(i).json().path("correct").asBoolean()).isFalse();
            assertNoKey(answers.get(i).body());
        }
        assertThat(answers.get(0).json().path("explanation").asString()).isNotBlank();
        assertThat(answers.get(0).json().path("correctOptionId").asString("")).isEmpty();

        Reply failed = api.get("api/quiz-attempts/" + id(first), learner);
        assertThat(failed.json().path("passed").asBoolean()).isFalse();
        assertThat(failed.json().path("keyRevealed").asBoolean()).isFalse();
        assertThat(failed.body()).doesNotContain("correctOptionId\":\"");
        int wrong = 0;
        for (JsonNode question : failed.json().path("questions")) {
            JsonNode answer = question.path("answer");
            if (!answer.path("correct").asBoolean()) {
                wrong++;
                assertThat(answer.path("explanation").asString("")).isEmpty();
                assertThat(answer.path("sources")).isEmpty();
                assertThat(answer.path("optionId").asString()).isNotEqualTo(keys.get(question.path("id").asString()));
            }
        }
        assertThat(wrong).isEqualTo(3);

        JsonNode retake = startQuiz(learner, enrollment);
        assertThat(retake.path("attemptNumber").asInt()).isEqualTo(2);
        assertThat(order(retake)).isNotEqualTo(order(first));
        assertThat(questionIds(retake)).containsExactlyInAnyOrderElementsOf(questionIds(first));
        List<Reply> passing = answer(learner, retake, 5);
        JsonNode last = passing.get(passing.size() - 1).json();
        assertThat(last.path("correctOptionId").asString()).as("the answer that passes comes with the key")
                .isEqualTo(keys.get(last.path("questionId").asString()));

        for (JsonNode attempt : List.of(first, retake)) {
            JsonNode now = api.get("api/quiz-attempts/" + id(attempt), learner).json();
            assertThat(now.path("keyRevealed").asBoolean()).isTrue();
            int sources = 0;
            for (JsonNode question : now.path("questions")) {
                JsonNode answer = question.path("answer");
                assertThat(answer.path("correctOptionId").asString()).isEqualTo(keys.get(question.path("id").asString()));
                assertThat(answer.path("explanation").asString()).isNotBlank();
                sources += answer.path("sources").size();
            }
            // Four of quiz-m1's five questions list a source.
            assertThat(sources).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aPassInOneModuleRevealsNothingInTheNext() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        answer(learner, startQuiz(learner, enrollment), 5);

        JsonNode m2 = api.post("api/enrollments/" + enrollment + "/modules/M2/quiz", learner, "").json();
        JsonNode question = m2.path("questions").get(0);
        String key = QuizKeys.of("quiz-m2").get(question.path("id").asString());
        Reply wrong = api.post("api/quiz-attempts/" + id(m2) + "/answers", learner,
                body(question.path("id").asString(), QuizKeys.wrongAnswer(question, key)));

        assertThat(wrong.status()).isEqualTo(200);
        assertNoKey(wrong.body());
        assertThat(api.get("api/quiz-attempts/" + id(m2), learner).json().path("keyRevealed").asBoolean()).isFalse();
    }

    private JsonNode startQuiz(Credentials learner, String enrollment) {
        Reply reply = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    /** Answers in the attempt's order: the first {@code right} with the key, the rest with another option. */
    private List<Reply> answer(Credentials learner, JsonNode quiz, int right) {
        Map<String, String> bank = QuizKeys.of("quiz-" + quiz.path("moduleId").asString().toLowerCase(java.util.Locale.ROOT));
        List<Reply> replies = new ArrayList<>();
        int n = 0;
        for (JsonNode question : quiz.path("questions")) {
            String id = question.path("id").asString();
            String option = n++ < right ? bank.get(id) : QuizKeys.wrongAnswer(question, bank.get(id));
            Reply reply = api.post("api/quiz-attempts/" + id(quiz) + "/answers", learner, body(id, option));
            assertThat(reply.status()).isEqualTo(200);
            replies.add(reply);
        }
        return replies;
    }

    /** Neither the key field nor the explanation or sources, which name the right option. */
    private static void assertNoKey(String body) {
        assertThat(body).doesNotContain("correctOptionId\":\"", "explanation\":\"", "citation");
    }

    private static String body(String questionId, String optionId) {
        return "{\"questionId\":\"" + questionId + "\",\"optionId\":\"" + optionId + "\"}";
    }

    private static String id(JsonNode quiz) {
        return quiz.path("quizAttemptId").asString();
    }

    private static List<String> questionIds(JsonNode quiz) {
        List<String> ids = new ArrayList<>();
        quiz.path("questions").forEach(q -> ids.add(q.path("id").asString()));
        return ids;
    }

    private static List<String> order(JsonNode quiz) {
        List<String> order = new ArrayList<>();
        for (JsonNode question : quiz.path("questions")) {
            StringBuilder options = new StringBuilder(question.path("id").asString()).append(':');
            question.path("options").forEach(o -> options.append(o.path("id").asString()));
            order.add(options.toString());
        }
        return order;
    }
}
