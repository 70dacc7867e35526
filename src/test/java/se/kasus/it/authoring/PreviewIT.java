package se.kasus.it.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.authoring.AuthoringClient.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A trainer plays a draft's case as a learner would (issue 8): the learner's feedback and steps, from the draft's own
 * text, and nothing recorded: no attempt, no progress, no statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreviewIT {

    private static final String CASE = "cases/case-01.yaml";
    private static final String DRAFT_FEEDBACK = "Utkastets återkoppling: lika fall ska behandlas lika.";

    private final AuthoringClient client = new AuthoringClient();
    private final KasusApi api = client.api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static String preview(String draftId) {
        return AuthoringClient.DRAFTS + "/" + draftId + "/preview/cases/case-01";
    }

    private Answer decide(Credentials who, String draftId, String earlier, String stepId, String optionId) {
        return client.send("POST", preview(draftId) + "/decisions", who, "{\"decisions\":[" + earlier + "],\"stepId\":\""
                + stepId + "\",\"optionId\":\"" + optionId + "\"}", null);
    }

    private String draftWithNewFeedback(Credentials trainer) {
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        ObjectNode edited = (ObjectNode) client.get(AuthoringClient.DRAFTS + "/" + draftId + "/documents/" + CASE, trainer)
                .json().deepCopy();
        ((ObjectNode) edited.get("steps").get(0).get("options").get(0)).put("feedback", DRAFT_FEEDBACK);
        Answer saved = client.putDocument(trainer, draftId, CASE, edited, client.revision(trainer, draftId));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return draftId;
    }

    /** Null members are left out of the JSON. */
    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** What the LRS and the outbox hold: the newest statement's id and every target's pending and sent counts. */
    private String trail() {
        JsonNode newest = AuthoringClient.JSON.readTree(api.lrsGet("statements?limit=1")).path("statements");
        long outbox = 0;
        for (JsonNode target : api.get("api/admin/xapi-forwarding", api.admin()).json()) {
            outbox += target.path("pending").asLong() + target.path("sent").asLong();
        }
        return (newest.isEmpty() ? "no statement" : newest.get(0).path("id").asString()) + ", outbox " + outbox;
    }

    @Test
    void aTrainerPlaysADraftsCaseToTheEndWithTheLearnersFeedbackAndNothingIsRecorded() {
        Credentials trainer = api.newTrainer();
        String enrollmentId = api.enroll(trainer);
        String draftId = draftWithNewFeedback(trainer);
        String before = trail();

        Answer start = client.get(preview(draftId), trainer);

        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        assertThat(start.json().path("title").asString()).isEqualTo("Den arga sökanden");
        assertThat(absent(start.json().path("attemptId"))).as("no attempt").isTrue();
        assertThat(start.json().path("finished").asBoolean()).isFalse();
        assertThat(start.json().path("currentStep").path("id").asString()).isEqualTo("dp1");
        assertThat(start.json().path("currentStep").path("options")).hasSize(3);
        assertThat(start.json().path("narrativeHtml").asString()).isNotBlank();

        Answer first = decide(trainer, draftId, "", "dp1", "A");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode feedback = first.json().path("feedback");
        assertThat(feedback.path("feedback").asString()).as("the draft's text, not the published one").isEqualTo(DRAFT_FEEDBACK);
        assertThat(feedback.path("score").asInt()).isZero();
        assertThat(feedback.path("best").asBoolean()).isFalse();
        assertThat(feedback.path("bestOptionId").asString()).isEqualTo("B");
        assertThat(feedback.path("nextStepId").asString()).isEqualTo("dp2");
        assertThat(feedback.path("caseFinished").asBoolean()).isFalse();
        assertThat(first.json().path("attempt").path("currentStep").path("id").asString()).isEqualTo("dp2");
        assertThat(absent(first.json().path("summary"))).isTrue();

        Answer last = decide(trainer, draftId, "{\"stepId\":\"dp1\",\"optionId\":\"A\"}", "dp2", "B");

        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.json().path("feedback").path("score").asInt()).isEqualTo(2);
        assertThat(last.json().path("feedback").path("best").asBoolean()).isTrue();
        assertThat(last.json().path("feedback").path("caseFinished").asBoolean()).isTrue();
        assertThat(last.json().path("attempt").path("finished").asBoolean()).isTrue();
        assertThat(last.json().path("attempt").path("decisions")).hasSize(2);
        JsonNode summary = last.json().path("summary");
        assertThat(summary.path("finished").asBoolean()).isTrue();
        assertThat(summary.path("score").asInt()).isEqualTo(2);
        assertThat(summary.path("maxScore").asInt()).isEqualTo(4);
        assertThat(summary.path("path").get(0).path("chosenOptionId").asString()).isEqualTo("A");
        assertThat(summary.path("path").get(0).path("bestOptionId").asString()).isEqualTo("B");
        assertThat(summary.path("path").get(1).path("choseBest").asBoolean()).isTrue();
        assertThat(summary.path("principles")).isNotEmpty();

        assertThat(trail()).as("no statement in the LRS or the outbox").isEqualTo(before);
        JsonNode enrollment = api.get("api/enrollments/" + enrollmentId, trainer).json();
        assertThat(absent(enrollment.path("resume"))).as("no attempt to resume").isTrue();
        JsonNode case01 = enrollment.path("modules").get(0).path("cases").get(0);
        assertThat(case01.path("caseId").asString()).isEqualTo("case-01");
        assertThat(case01.path("status").asString()).as("no attempt, no progress").isEqualTo("NOT_STARTED");
        assertThat(case01.path("attempts").asInt()).isZero();
    }

    @Test
    void aWrongStepIsAConflictAndAnOptionTheStepLacksIsRefusedAsForALearner() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");

        Answer notCurrent = decide(trainer, draftId, "", "dp2", "A");
        Answer otherOption = decide(trainer, draftId, "{\"stepId\":\"dp1\",\"optionId\":\"B\"}", "dp1", "A");
        Answer notOffered = decide(trainer, draftId, "", "dp1", "Z");
        Answer noStep = decide(trainer, draftId, "", "", "A");

        assertThat(notCurrent.status()).isEqualTo(409);
        assertThat(notCurrent.json().path("type").asString()).isEqualTo("urn:kasus:problem:step-not-current");
        assertThat(otherOption.status()).isEqualTo(409);
        assertThat(otherOption.json().path("type").asString()).isEqualTo("urn:kasus:problem:step-already-answered");
        assertThat(notOffered.status()).isEqualTo(422);
        assertThat(notOffered.contentType()).startsWith("application/problem+json");
        assertThat(notOffered.json().path("type").asString()).isEqualTo("urn:kasus:problem:option-not-offered");
        assertThat(noStep.status()).isEqualTo(400);
        assertThat(noStep.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownDraftOrCaseIs404() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");

        Answer noDraft = client.get(preview("00000000-0000-0000-0000-000000000000"), trainer);
        Answer noCase = client.get(AuthoringClient.DRAFTS + "/" + draftId + "/preview/cases/case-99", trainer);

        assertThat(noDraft.status()).isEqualTo(404);
        assertThat(noDraft.contentType()).startsWith("application/problem+json");
        assertThat(noCase.status()).isEqualTo(404);
        assertThat(noCase.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDraftWithProblemsCannotBePreviewedAndItsProblemsAreListed() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        ObjectNode broken = (ObjectNode) client.get(AuthoringClient.DRAFTS + "/" + draftId + "/documents/" + CASE, trainer)
                .json().deepCopy();
        ((ObjectNode) broken.get("steps").get(0).get("options").get(0)).put("next", "dp9");
        client.putDocument(trainer, draftId, CASE, broken, client.revision(trainer, draftId));

        Answer start = client.get(preview(draftId), trainer);
        Answer decision = decide(trainer, draftId, "", "dp1", "B");

        for (Answer refused : new Answer[] {start, decision}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asString()).isEqualTo("urn:kasus:problem:draft-has-problems");
            assertThat(refused.json().path("detail").asString()).startsWith("Utkastet kan inte förhandsgranskas");
            JsonNode problem = refused.json().path("report").path("problems").get(0);
            assertThat(problem.path("rule").asString()).isEqualTo("option-target-exists");
            assertThat(problem.path("file").asString()).isEqualTo(CASE);
            assertThat(refused.json().path("report").path("draftId").asString()).isEqualTo(draftId);
        }
    }

    @Test
    void aLearnerGets403OnBothPreviewEndpoints() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        Credentials learner = api.newLearner();

        Answer start = client.get(preview(draftId), learner);
        Answer decision = decide(learner, draftId, "", "dp1", "B");

        assertThat(start.status()).isEqualTo(403);
        assertThat(start.contentType()).startsWith("application/problem+json");
        assertThat(decision.status()).isEqualTo(403);
        assertThat(decision.contentType()).startsWith("application/problem+json");
    }
}
