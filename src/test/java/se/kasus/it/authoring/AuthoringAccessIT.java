package se.kasus.it.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** Authoring is for trainers and administrators: a learner gets 403 on every authoring endpoint, nobody gets in unauthenticated. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringAccessIT {

    private final AuthoringClient client = new AuthoringClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private record Call(String method, String path, String contentType, String body) {

        Call(String method, String path, String body) {
            this(method, path, body == null ? null : "application/json", body);
        }
    }

    @Test
    void aLearnerGets403OnEveryAuthoringEndpointAndAnAnonymousCaller401() {
        Credentials trainer = client.trainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        String drafts = AuthoringClient.DRAFTS;
        String course = "api/authoring/courses/" + KasusApi.COURSE;
        List<Call> calls = List.of(
                new Call("GET", drafts, null),
                new Call("POST", drafts, "{\"courseId\":\"" + KasusApi.COURSE + "\"}"),
                new Call("GET", drafts + "/" + draftId, null),
                new Call("DELETE", drafts + "/" + draftId, null),
                new Call("GET", drafts + "/" + draftId + "/problems", null),
                new Call("GET", drafts + "/" + draftId + "/documents/course.yaml", null),
                new Call("PUT", drafts + "/" + draftId + "/documents/course.yaml", "{\"id\":\"x\"}"),
                new Call("DELETE", drafts + "/" + draftId + "/documents/cases/case-01.yaml", null),
                new Call("POST", drafts + "/" + draftId + "/publish", null),
                new Call("GET", drafts + "/" + draftId + "/preview/cases/case-01", null),
                new Call("POST", drafts + "/" + draftId + "/preview/cases/case-01/decisions",
                        "{\"decisions\":[],\"stepId\":\"dp1\",\"optionId\":\"B\"}"),
                new Call("GET", course + "/history", null),
                new Call("GET", course + "/cases/case-01/history", null),
                new Call("GET", course + "/diff?from=1&to=1", null),
                new Call("GET", course + "/export", null),
                new Call("POST", "api/authoring/imports", "application/zip", "PK"),
                new Call("GET", "api/authoring/references/due", null));
        Credentials learner = client.api().newLearner();
        long revision = client.revision(trainer, draftId);

        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls) {
            AuthoringClient.Answer asLearner = client.send(call.method(), call.path(), learner, call.contentType(), call.body(), "\"" + revision + "\"");
            softly.assertThat(asLearner.status()).as("learner: " + call + " -> " + asLearner).isEqualTo(403);
            softly.assertThat(asLearner.contentType()).as("learner: " + call).startsWith("application/problem+json");
            AuthoringClient.Answer anonymous = client.send(call.method(), call.path(), null, call.contentType(), call.body(), "\"" + revision + "\"");
            softly.assertThat(anonymous.status()).as("anonymous: " + call + " -> " + anonymous).isEqualTo(401);
        }
        softly.assertAll();

        assertThat(client.revision(trainer, draftId)).as("nothing the learner sent changed the draft").isEqualTo(revision);
        assertThat(client.get(drafts + "/" + draftId + "/documents/course.yaml", trainer).json().path("id").asString())
                .isEqualTo(KasusApi.COURSE);
    }

    @Test
    void aDraftIsNoCourseALearnerCanSeeOrEnrolIn() {
        Credentials trainer = client.trainer();
        String courseId = AuthoringClient.newCourseId();
        client.startDraft(trainer, "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        Credentials learner = client.api().newLearner();

        assertThat(client.api().get("api/courses/" + courseId, learner).status()).isEqualTo(404);
        assertThat(client.api().get("api/courses", learner).body()).doesNotContain(courseId);
        assertThat(client.api().post("api/enrollments", learner, "{\"courseId\":\"" + courseId + "\"}").status()).isEqualTo(404);
    }
}
