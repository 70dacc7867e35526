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
 * Publishing a draft: refused while it has problems, then a new immutable course version; learners who started keep
 * theirs, new ones get the new one; the history says who published what, and the diff shows the changed line. Each
 * test works on a course of its own (a copy of the shipped one), so the shipped course stays as other tests expect.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishIT {

    private static final String DRAFTS = AuthoringClient.DRAFTS;
    private static final String CASE = "cases/case-01.yaml";
    private static final String NEW_TEXT = "Du ber Jonas att läsa förvaltningslagen först.";

    private final AuthoringClient client = new AuthoringClient();
    private final KasusApi api = client.api();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void aDraftWithProblemsIsRefusedWith422AndPublishedOnceFixed() {
        Credentials trainer = client.trainer();
        String courseId = AuthoringClient.newCourseId();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        JsonNode original = client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, trainer).json();
        ObjectNode broken = (ObjectNode) original.deepCopy();
        ((ObjectNode) broken.get("steps").get(0).get("options").get(0)).put("next", "dp9");
        long revision = client.putDocument(trainer, draftId, CASE, broken, 1).revision();

        Answer refused = client.publish(trainer, draftId, revision);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:kasus:problem:draft-has-problems");
        JsonNode problem = refused.json().path("report").path("problems").get(0);
        assertThat(problem.path("rule").asString()).isEqualTo("option-target-exists");
        assertThat(problem.path("file").asString()).isEqualTo(CASE);
        assertThat(problem.path("field").asString()).isEqualTo("steps[0].options[0].next");
        assertThat(api.get("api/courses/" + courseId, api.newLearner()).status()).as("nothing published").isEqualTo(404);

        revision = client.putDocument(trainer, draftId, CASE, original, revision).revision();
        Answer published = client.publish(trainer, draftId, revision);

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().path("versionNumber").asInt()).isEqualTo(1);
        assertThat(published.json().path("created").asBoolean()).isTrue();
        assertThat(published.json().path("revision").asLong()).isEqualTo(revision + 1);
        JsonNode draft = client.get(DRAFTS + "/" + draftId, trainer).json();
        assertThat(draft.path("basedOnVersion").asInt()).as("the draft is rebased on what it became").isEqualTo(1);
        assertThat(api.get("api/courses/" + courseId, api.newLearner()).json().path("version").asInt()).isEqualTo(1);
        assertThat(api.get("api/admin/audit?q=" + trainer.username(), api.admin()).body()).contains("DRAFT_PUBLISHED");

        Answer again = client.publish(trainer, draftId, revision + 1);
        assertThat(again.status()).as("the same content again makes no new version").isEqualTo(200);
        assertThat(again.json().path("created").asBoolean()).isFalse();
        assertThat(again.json().path("versionNumber").asInt()).isEqualTo(1);
    }

    @Test
    void aLearnerWhoStartedKeepsTheirVersionANewLearnerGetsTheNewOneAndHistoryAndDiffShowTheChange() {
        Credentials trainer = client.trainer();
        String courseId = AuthoringClient.newCourseId();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        ObjectNode course = (ObjectNode) client.get(DRAFTS + "/" + draftId + "/documents/course.yaml", trainer).json();
        long revision = client.putDocument(trainer, draftId, "course.yaml", course.put("title", "Provkurs " + courseId), 1)
                .revision();
        Answer v1 = client.publish(trainer, draftId, revision);
        assertThat(v1.status()).as(v1.toString()).isEqualTo(201);
        revision = v1.revision();

        Credentials early = api.newLearner();
        String earlyEnrollment = enroll(early, courseId);
        String earlyAttempt = api.startCase(early, earlyEnrollment, "case-01");
        String oldText = optionA(api.get("api/attempts/" + earlyAttempt, early).json());
        assertThat(oldText).startsWith("Du gör som Jonas säger.");

        ObjectNode changed = (ObjectNode) client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, trainer).json();
        ((ObjectNode) changed.get("steps").get(0).get("options").get(0)).put("text", NEW_TEXT);
        revision = client.putDocument(trainer, draftId, CASE, changed, revision).revision();
        Answer v2 = client.publish(trainer, draftId, revision);
        assertThat(v2.status()).as(v2.toString()).isEqualTo(201);
        assertThat(v2.json().path("versionNumber").asInt()).isEqualTo(2);

        assertThat(optionA(api.get("api/attempts/" + earlyAttempt, early).json())).as("the started attempt keeps v1")
                .isEqualTo(oldText);
        assertThat(api.get("api/enrollments/" + earlyEnrollment, early).json().path("courseVersion").asInt()).isEqualTo(1);
        assertThat(optionA(api.get("api/attempts/" + api.startCase(early, earlyEnrollment, "case-01"), early).json()))
                .as("a replay in the same enrolment is still on v1").isEqualTo(oldText);
        Credentials late = api.newLearner();
        String lateEnrollment = enroll(late, courseId);
        assertThat(api.get("api/enrollments/" + lateEnrollment, late).json().path("courseVersion").asInt()).isEqualTo(2);
        assertThat(optionA(api.get("api/attempts/" + api.startCase(late, lateEnrollment, "case-01"), late).json()))
                .isEqualTo(NEW_TEXT);

        JsonNode history = client.get("api/authoring/courses/" + courseId + "/history", trainer).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("versionNumber").asInt()).isEqualTo(1);
        assertThat(history.get(1).path("versionNumber").asInt()).isEqualTo(2);
        for (JsonNode version : history) {
            assertThat(version.path("publishedBy").asString()).isEqualTo(trainer.username());
            assertThat(version.path("source").asString()).isEqualTo("authoring");
            assertThat(version.path("contentHash").asString()).matches("[0-9a-f]{64}");
            assertThat(version.path("publishedAt").asString()).isNotEmpty();
        }
        JsonNode caseHistory = client.get("api/authoring/courses/" + courseId + "/cases/case-01/history", trainer).json();
        assertThat(caseHistory).hasSize(2);
        assertThat(caseHistory.get(0).path("change").asString()).isEqualTo("added");
        assertThat(caseHistory.get(1).path("change").asString()).isEqualTo("changed");
        assertThat(caseHistory.get(1).path("publishedBy").asString()).isEqualTo(trainer.username());
        JsonNode otherCase = client.get("api/authoring/courses/" + courseId + "/cases/case-02/history", trainer).json();
        assertThat(otherCase).as("case-02 did not change in v2").hasSize(1);

        Answer diff = client.get("api/authoring/courses/" + courseId + "/diff?from=1&to=2&path=" + CASE, trainer);
        System.out.println("Diff of " + CASE + " from v1 to v2:\n" + diff.body());
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.contentType()).startsWith("text/plain");
        assertThat(diff.body()).startsWith("--- v1/" + CASE + "\n+++ v2/" + CASE + "\n@@ ")
                .containsPattern("(?m)^-\\s+text: .*Du gör som Jonas säger\\.")
                .containsPattern("(?m)^\\+\\s+text: .*" + NEW_TEXT.replace(".", "\\."));
        Answer whole = client.get("api/authoring/courses/" + courseId + "/diff?from=1&to=2", trainer);
        assertThat(whole.body()).contains("+++ v2/" + CASE).doesNotContain("cases/case-02.yaml");
        assertThat(client.get("api/authoring/courses/" + courseId + "/diff?from=2&to=2", trainer).body()).isEmpty();
        assertThat(client.get("api/authoring/courses/" + courseId + "/diff?from=1&to=9", trainer).status()).isEqualTo(404);
    }

    @Test
    void theShippedCoursesHistoryNamesItsImportedVersions() {
        JsonNode history = client.get("api/authoring/courses/" + KasusApi.COURSE + "/history", client.trainer()).json();

        assertThat(history.size()).isGreaterThanOrEqualTo(1);
        assertThat(history.get(0).path("versionNumber").asInt()).isEqualTo(1);
        assertThat(history.get(0).path("source").asString()).isEqualTo("import");
        assertThat(history.get(0).path("publishedBy").isNull() || history.get(0).path("publishedBy").isMissingNode()).isTrue();
    }

    private String enroll(Credentials learner, String courseId) {
        KasusApi.Reply reply = api.post("api/enrollments", learner, "{\"courseId\":\"" + courseId + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("enrollmentId").asString();
    }

    private static String optionA(JsonNode attempt) {
        for (JsonNode option : attempt.path("currentStep").path("options")) {
            if (option.path("id").asString().equals("A")) {
                return option.path("text").asString();
            }
        }
        throw new AssertionError("no option A in " + attempt);
    }
}
