package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** Every API error is RFC 9457 problem+json, and a failed request leaves nothing behind. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void malformedJsonIs400MalformedRequest() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply reply = api.post("api/attempts/" + attemptId + "/decisions", learner, "{\"stepId\":\"dp1\",");

        assertProblem(reply, 400, "malformed-request");
        assertUntouched(learner, attemptId);
    }

    @Test
    void jsonOfTheWrongShapeIs400MalformedRequest() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply reply = api.post("api/attempts/" + attemptId + "/decisions", learner, "[1,2,3]");

        assertProblem(reply, 400, "malformed-request");
        assertUntouched(learner, attemptId);
    }

    @Test
    void missingFieldsAre400WithOneViolationPerField() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply reply = api.post("api/attempts/" + attemptId + "/decisions", learner, "{}");

        assertProblem(reply, 400, "validation");
        JsonNode violations = reply.json().path("violations");
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).path("field").asString()).isEqualTo("optionId");
        assertThat(violations.get(1).path("field").asString()).isEqualTo("stepId");
        assertThat(violations.get(0).path("message").asString()).isNotBlank();
        assertUntouched(learner, attemptId);
    }

    @Test
    void aMissingBodyIs400() {
        Credentials learner = api.newLearner();

        Reply reply = api.send("POST", "api/enrollments", learner, "application/json", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(api.get("api/enrollments", learner).json()).isEmpty();
    }

    @Test
    void unknownIdsAre404() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        assertProblem(api.get("api/attempts/00000000-0000-0000-0000-000000000000", learner), 404, "not-found");
        assertProblem(api.get("api/enrollments/finns-inte", learner), 404, "not-found");
        assertProblem(api.get("api/quiz-attempts/finns-inte", learner), 404, "not-found");
        assertProblem(api.post("api/enrollments/" + enrollment + "/cases/case-99/attempt", learner, ""), 404, "not-found");
        assertProblem(api.post("api/enrollments/" + enrollment + "/modules/M9/quiz", learner, ""), 404, "not-found");
        assertProblem(api.post("api/enrollments", learner, "{\"courseId\":\"finns-inte\"}"), 404, "not-found");
        assertProblem(api.get("api/finns-inte", learner), 404, "not-found");
    }

    @Test
    void anUnknownStepIs404AndChangesNothing() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        assertProblem(api.decide(learner, attemptId, "dp9", "A"), 404, "not-found");
        assertUntouched(learner, attemptId);
    }

    @Test
    void aChoiceNotOfferedAtThisStepIs422AndChangesNothing() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        Reply reply = api.decide(learner, attemptId, "dp1", "D");

        assertProblem(reply, 422, "option-not-offered");
        assertThat(reply.json().path("detail").asString()).contains("D", "dp1");
        assertUntouched(learner, attemptId);
    }

    @Test
    void aDifferentChoiceForAStepAlreadyAnsweredIs409AndKeepsTheFirstChoice() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        api.decide(learner, attemptId, "dp1", "C");

        Reply reply = api.decide(learner, attemptId, "dp1", "B");

        assertProblem(reply, 409, "step-already-answered");
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("decisions")).hasSize(1);
        assertThat(attempt.path("decisions").get(0).path("optionId").asString()).isEqualTo("C");
        assertThat(attempt.path("score").asInt()).isEqualTo(1);
    }

    @Test
    void aStepNotYetReachedIs409() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        assertProblem(api.decide(learner, attemptId, "dp2", "B"), 409, "step-not-current");
        assertUntouched(learner, attemptId);
    }

    @Test
    void aQuizAnswerNotAmongTheOptionsIs422AndAChangedAnswerIs409() {
        Credentials learner = api.newLearner();
        JsonNode quiz = api.post("api/enrollments/" + api.enroll(learner) + "/modules/M1/quiz", learner, "").json();
        String path = "api/quiz-attempts/" + quiz.path("quizAttemptId").asString() + "/answers";

        assertProblem(api.post(path, learner, "{\"questionId\":\"Q1.1\",\"optionId\":\"F\"}"), 422, "option-not-offered");
        assertProblem(api.post(path, learner, "{\"questionId\":\"Q9.9\",\"optionId\":\"A\"}"), 404, "not-found");
        assertThat(api.post(path, learner, "{\"questionId\":\"Q1.1\",\"optionId\":\"A\"}").status()).isEqualTo(200);
        assertProblem(api.post(path, learner, "{\"questionId\":\"Q1.1\",\"optionId\":\"B\"}"), 409, "question-already-answered");
    }

    @Test
    void theWrongMediaTypeIs415AndTheWrongMethodIs405() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");

        assertProblem(api.send("POST", "api/attempts/" + attemptId + "/decisions", learner, "text/plain", "dp1 B"),
                415, "unsupported-media-type");
        assertProblem(api.send("DELETE", "api/attempts/" + attemptId, learner, null, null), 405, "method-not-allowed");
        assertUntouched(learner, attemptId);
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAChallenge() {
        Reply reply = api.get("api/enrollments", null);

        assertProblem(reply, 401, "unauthenticated");
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(reply.problemType()).isEqualTo(type);
        assertThat(body.path("type").asString()).isEqualTo("urn:kasus:problem:" + type);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(body.path("instance").asString()).startsWith("urn:uuid:");
    }

    private void assertUntouched(Credentials learner, String attemptId) {
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("decisions")).isEmpty();
        assertThat(attempt.path("currentStep").path("id").asString()).isEqualTo("dp1");
    }
}
