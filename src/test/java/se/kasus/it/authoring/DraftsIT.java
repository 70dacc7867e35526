package se.kasus.it.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.SoftAssertions;
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
import se.kasus.testsupport.ContentRuleBreakages;
import se.kasus.testsupport.ContentRuleBreakages.Breakage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Drafts through the authoring API: the import's rules after every write, revisions, and two trainers on one draft. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftsIT {

    private static final String DRAFTS = AuthoringClient.DRAFTS;
    private final AuthoringClient client = new AuthoringClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void aDraftOfThePublishedCourseHoldsItsDocumentsAtRevisionOneWithoutProblems() {
        Credentials trainer = client.trainer();

        Answer created = client.send("POST", DRAFTS, trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}", null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String draftId = created.json().path("draftId").asString();
        assertThat(created.location()).endsWith("/api/authoring/drafts/" + draftId);
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode draft = client.get(DRAFTS + "/" + draftId, trainer).json();
        assertThat(draft.path("revision").asLong()).isEqualTo(1);
        assertThat(draft.path("courseId").asString()).isEqualTo(KasusApi.COURSE);
        assertThat(draft.path("basedOnVersion").asInt()).isEqualTo(
                client.api().get("api/courses/" + KasusApi.COURSE, trainer).json().path("version").asInt());
        assertThat(draft.path("createdBy").asString()).isEqualTo(trainer.username());
        assertThat(draft.path("documents")).hasSize(1 + 1 + 6 + 10 + 6 + 1);
        assertThat(draft.path("documents").get(0).path("path").asString()).isEqualTo("cases/case-01.yaml");
        assertThat(draft.path("documents").get(0).path("kind").asString()).isEqualTo("case");
        assertThat(draft.path("problems")).isEmpty();
        Answer case01 = client.get(DRAFTS + "/" + draftId + "/documents/cases/case-01.yaml", trainer);
        assertThat(case01.etag()).isEqualTo("\"1\"");
        assertThat(case01.json().path("title").asString()).isEqualTo("Den arga sökanden");
        assertThat(client.api().get("api/admin/audit?q=" + trainer.username(), client.api().admin()).body())
                .contains("DRAFT_CREATED");
    }

    @Test
    void eachRuleOfTheImportIsReportedThroughTheApiWithItsNameAndField() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        Map<String, JsonNode> original = client.documents(trainer, draftId);
        long revision = client.revision(trainer, draftId);
        SoftAssertions softly = new SoftAssertions();

        for (Breakage breakage : ContentRuleBreakages.all()) {
            Map<String, JsonNode> broken = copy(original);
            breakage.edit().accept(broken);
            Answer last = null;
            for (Answer answer : apply(trainer, draftId, original, broken, revision)) {
                revision = answer.revision();
                last = answer;
            }
            assertThat(last).as(breakage.toString()).isNotNull();
            softly.assertThat(last.json().path("problems").toString()).as(breakage + ": the write answers the problems")
                    .contains("\"rule\":\"" + breakage.rule() + "\"");
            JsonNode problems = client.get(DRAFTS + "/" + draftId + "/problems", trainer).json();
            boolean found = false;
            for (JsonNode p : problems) {
                found |= p.path("rule").asString().equals(breakage.rule()) && p.path("file").asString().equals(breakage.file())
                        && p.path("field").asString().equals(breakage.field()) && !p.path("message").asString().isEmpty();
            }
            softly.assertThat(found).as(breakage + " in " + problems).isTrue();

            for (Answer answer : apply(trainer, draftId, broken, original, revision)) {
                revision = answer.revision();
            }
            softly.assertThat(client.get(DRAFTS + "/" + draftId + "/problems", trainer).json()).as(breakage + " mended").isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void anEmptyDraftForANewCourseSaysWhatIsMissingAndCannotBePublished() {
        Credentials trainer = client.trainer();
        String courseId = AuthoringClient.newCourseId();

        Answer created = client.send("POST", DRAFTS, trainer, "{\"courseId\":\"" + courseId + "\",\"empty\":true}", null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode draft = created.json();
        assertThat(draft.path("basedOnVersion").isNull() || draft.path("basedOnVersion").isMissingNode()).isTrue();
        assertThat(draft.path("documents")).hasSize(2);
        assertThat(draft.path("problems").toString()).contains("\"rule\":\"folder-exists\"", "\"file\":\"cases/\"");
        String draftId = draft.path("draftId").asString();
        assertThat(client.get(DRAFTS + "/" + draftId + "/documents/course.yaml", trainer).json().path("id").asString())
                .isEqualTo(courseId);
        Answer publish = client.publish(trainer, draftId, 1);
        assertThat(publish.status()).isEqualTo(422);
        assertThat(publish.json().path("report").path("problems").size()).isGreaterThan(0);
        assertThat(client.send("POST", DRAFTS, trainer, "{\"courseId\":\"Ogiltigt Id\"}", null).status()).isEqualTo(400);
        assertThat(client.send("POST", DRAFTS, trainer, "{\"courseId\":\"finns-inte-alls\"}", null).status()).isEqualTo(404);
    }

    @Test
    void aDraftWhoseCourseYamlNamesAnotherCourseCannotBePublishedAsIt() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        ObjectNode course = (ObjectNode) client.get(DRAFTS + "/" + draftId + "/documents/course.yaml", trainer).json();
        course.put("id", "en-annan-kurs");

        Answer written = client.putDocument(trainer, draftId, "course.yaml", course, 1);

        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().path("problems").toString()).contains("course-id-matches-draft");
    }

    @Test
    void twoTrainersWritingOnTheSameRevisionTheSecondGets409WithTheCurrentRevisionAndDocument() {
        Credentials tina = client.trainer();
        Credentials olle = client.trainer();
        String draftId = client.startDraft(tina, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        String path = "cases/case-02.yaml";
        Answer seenByTina = client.get(DRAFTS + "/" + draftId + "/documents/" + path, tina);
        Answer seenByOlle = client.get(DRAFTS + "/" + draftId + "/documents/" + path, olle);
        assertThat(seenByTina.revision()).isEqualTo(seenByOlle.revision());
        ObjectNode tinas = ((ObjectNode) seenByTina.json()).put("title", "Tinas titel");
        ObjectNode olles = ((ObjectNode) seenByOlle.json()).put("title", "Olles titel");

        Answer first = client.putDocument(tina, draftId, path, tinas, seenByTina.revision());
        Answer second = client.putDocument(olle, draftId, path, olles, seenByOlle.revision());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"" + (seenByTina.revision() + 1) + "\"");
        assertThat(first.json().path("revision").asLong()).isEqualTo(seenByTina.revision() + 1);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        JsonNode problem = second.json();
        assertThat(problem.path("type").asString()).isEqualTo("urn:kasus:problem:draft-revision-stale");
        assertThat(problem.path("currentRevision").asLong()).isEqualTo(seenByTina.revision() + 1);
        assertThat(problem.path("path").asString()).isEqualTo(path);
        assertThat(problem.path("document").path("title").asString()).isEqualTo("Tinas titel");
        assertThat(problem.path("document").path("id").asString()).isEqualTo("case-02");
        assertThat(client.get(DRAFTS + "/" + draftId + "/documents/" + path, olle).json().path("title").asString())
                .as("Olle's write changed nothing").isEqualTo("Tinas titel");

        Answer retried = client.putDocument(olle, draftId, path, olles, problem.path("currentRevision").asLong());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(client.api().get("api/admin/audit?q=" + olle.username(), client.api().admin()).body())
                .contains("DRAFT_DOCUMENT_SAVED");
    }

    @Test
    void aChangeWithoutIfMatchIs428AndWithAMalformedOneIs400() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        String document = client.get(DRAFTS + "/" + draftId + "/documents/course.yaml", trainer).body();

        Answer put = client.send("PUT", DRAFTS + "/" + draftId + "/documents/course.yaml", trainer, document, null);
        Answer publish = client.send("POST", DRAFTS + "/" + draftId + "/publish", trainer, null, null);
        Answer delete = client.send("DELETE", DRAFTS + "/" + draftId, trainer, null, null);
        Answer malformed = client.send("PUT", DRAFTS + "/" + draftId + "/documents/course.yaml", trainer, document, "\"sju\"");

        for (Answer answer : new Answer[] {put, publish, delete}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(428);
            assertThat(answer.json().path("type").asString()).isEqualTo("urn:kasus:problem:if-match-required");
        }
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(client.revision(trainer, draftId)).isEqualTo(1);
    }

    @Test
    void aDocumentOutsideTheCourseLayoutOrNotAJsonObjectIsRefused() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");

        Answer outside = client.send("PUT", DRAFTS + "/" + draftId + "/documents/../../etc/passwd.yaml", trainer, "{}", "\"1\"");
        Answer otherFile = client.send("PUT", DRAFTS + "/" + draftId + "/documents/notes.txt", trainer, "{}", "\"1\"");
        Answer notObject = client.send("PUT", DRAFTS + "/" + draftId + "/documents/course.yaml", trainer, "[1, 2]", "\"1\"");
        Answer notJson = client.send("PUT", DRAFTS + "/" + draftId + "/documents/course.yaml", trainer, "id: x", "\"1\"");

        assertThat(outside.status()).isIn(400, 404);
        assertThat(otherFile.status()).isEqualTo(400);
        assertThat(otherFile.json().path("type").asString()).endsWith("document-path-invalid");
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(client.revision(trainer, draftId)).isEqualTo(1);
    }

    @Test
    void aDeletedDraftIsGoneAndItsDeletionIsAudited() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");

        Answer stale = client.send("DELETE", DRAFTS + "/" + draftId, trainer, null, "\"7\"");
        Answer deleted = client.send("DELETE", DRAFTS + "/" + draftId, trainer, null, "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentRevision").asLong()).isEqualTo(1);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get(DRAFTS + "/" + draftId, trainer).status()).isEqualTo(404);
        assertThat(client.get(DRAFTS, trainer).body()).doesNotContain(draftId);
        assertThat(client.api().get("api/admin/audit?q=" + trainer.username(), client.api().admin()).body())
                .contains("DRAFT_DELETED");
    }

    /** Writes what differs from {@code from} to {@code to}: puts for new or changed documents, deletes for removed ones. */
    private Iterable<Answer> apply(Credentials who, String draftId, Map<String, JsonNode> from, Map<String, JsonNode> to,
                                   long revision) {
        java.util.List<Answer> answers = new java.util.ArrayList<>();
        long current = revision;
        for (var entry : to.entrySet()) {
            if (!Objects.equals(from.get(entry.getKey()), entry.getValue())) {
                Answer answer = client.putDocument(who, draftId, entry.getKey(), entry.getValue(), current);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                current = answer.revision();
                answers.add(answer);
            }
        }
        for (String path : from.keySet()) {
            if (!to.containsKey(path)) {
                Answer answer = client.deleteDocument(who, draftId, path, current);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                current = answer.revision();
                answers.add(answer);
            }
        }
        return answers;
    }

    private static Map<String, JsonNode> copy(Map<String, JsonNode> documents) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        documents.forEach((path, document) -> copy.put(path, document.deepCopy()));
        return copy;
    }
}
