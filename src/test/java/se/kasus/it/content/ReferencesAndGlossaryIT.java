package se.kasus.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, what learners see of references and content, and the references due for review: a case's references on
 * its summary without the editorial status, the glossary in the course overview, and the due list for trainers only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferencesAndGlossaryIT {

    private static final String DUE = "api/authoring/references/due";

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void theCaseSummaryListsAllTheCasesReferencesWithoutTheirStatus() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attemptId = api.startCase(learner, enrollment, "case-01");
        assertThat(api.decide(learner, attemptId, "dp1", "B").status()).isEqualTo(200);
        assertThat(api.decide(learner, attemptId, "dp2", "B").status()).isEqualTo(200);

        Reply summary = api.get("api/attempts/" + attemptId + "/summary", learner);

        assertThat(summary.status()).isEqualTo(200);
        JsonNode references = summary.json().path("legalReferences");
        assertThat(references.size()).isEqualTo(15);
        for (JsonNode reference : references) {
            assertThat(reference.path("citation").asString()).isNotBlank();
            assertThat(reference.has("status")).as(reference.toString()).isFalse();
            assertThat(reference.has("note")).isFalse();
        }
        Reply attempt = api.get("api/attempts/" + attemptId, learner);
        assertThat(attempt.body()).doesNotContain("\"status\":\"CHECK\"", "\"status\":\"VERIFIED\"");
        assertThat(attempt.json().path("decisions").get(0).path("legalReferences").get(0).has("status")).isFalse();
    }

    @Test
    void theCourseOverviewCarriesTheGlossaryForTheKeyConcepts() {
        Credentials learner = api.newLearner();
        JsonNode course = api.get("api/courses/" + KasusApi.COURSE, learner).json();

        List<String> terms = new ArrayList<>();
        course.path("glossary").forEach(t -> terms.add(t.path("term").asString()));
        assertThat(terms).contains("rättighetsbärare", "kommunicering", "barnets bästa", "myndighetsutövning");
        JsonNode m1 = course.path("modules").get(0);
        assertThat(m1.path("keyConcepts").get(0).asString()).isEqualTo("rättighetsbärare");
    }

    @Test
    void trainersAndAdminsSeeTheReferencesDueForReviewWithWhereEachIsUsed() {
        Credentials trainer = trainer();

        Reply reply = api.get(DUE, trainer);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode course = null;
        for (JsonNode c : reply.json().path("courses")) {
            if (c.path("courseId").asString().equals(KasusApi.COURSE)) {
                course = c;
            }
        }
        assertThat(course).isNotNull();
        assertThat(reply.json().path("maxAgeDays").asInt()).isEqualTo(365);
        // No reference of the shipped course has a review date yet: each distinct reference is due.
        assertThat(course.path("references").size()).isEqualTo(142);
        JsonNode ekmr14 = null;
        for (JsonNode r : course.path("references")) {
            if (r.path("referenceId").asString().equals("ekmr-art-14")) {
                ekmr14 = r;
            }
        }
        assertThat(ekmr14).isNotNull();
        assertThat(ekmr14.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(ekmr14.path("reasons").toString()).contains("NEVER_REVIEWED").doesNotContain("MARKED_CHECK");
        List<String> cases = new ArrayList<>();
        ekmr14.path("usages").forEach(u -> cases.add(u.path("caseId").asString()));
        assertThat(cases).contains("case-07", "case-08", "case-09");

        assertThat(api.get(DUE, api.admin()).status()).isEqualTo(200);
    }

    @Test
    void aLearnerGets403AndAVisitor401OnTheDueList() {
        Reply learner = api.get(DUE, api.newLearner());
        Reply visitor = api.get(DUE, null);

        assertThat(learner.status()).isEqualTo(403);
        assertThat(learner.isProblem()).isTrue();
        assertThat(visitor.status()).isEqualTo(401);
    }

    private Credentials trainer() {
        return api.newTrainer();
    }
}
