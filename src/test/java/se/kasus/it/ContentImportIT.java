package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The test server's content folder holds the real course and a broken one (src/test/it-content). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentImportIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void serverIsReadyOnceTheContentIsImported() {
        KasusApi.Reply ready = api.get("health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theWholeCourseIsImportedAndTheBrokenCourseIsSkipped() {
        KasusApi.Reply catalogue = api.get("api/courses", api.newLearner());

        assertThat(catalogue.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        catalogue.json().forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).containsExactly(KasusApi.COURSE);

        JsonNode course = catalogue.json().get(0);
        int cases = 0;
        int steps = 0;
        int questions = 0;
        for (JsonNode module : course.path("modules")) {
            questions += module.path("quizQuestions").asInt();
            for (JsonNode c : module.path("cases")) {
                cases++;
                steps += c.path("decisionPoints").asInt();
            }
        }
        assertThat(course.path("modules")).hasSize(6);
        assertThat(cases).isEqualTo(10);
        assertThat(steps).isEqualTo(24);
        assertThat(questions).isEqualTo(30);
        assertThat(course.path("principles")).hasSize(10);
    }

    @Test
    void anUnknownCourseIsNotFound() {
        KasusApi.Reply reply = api.get("api/courses/finns-inte", api.newLearner());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.problemType()).isEqualTo("not-found");
    }

    @Test
    void openApiDescribesThePlayerApi() {
        KasusApi.Reply openapi = api.get("openapi", null);

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/attempts/{attemptId}/decisions", "/api/enrollments",
                "/api/quiz-attempts/{quizAttemptId}/answers", "/api/admin/users", "/api/public/certificates/{code}");
        assertThat(openapi.body()).as("the LRS, /.well-known and /cmi5 are not the Kasus API's to describe")
                .doesNotContain("/.well-known", "/xapi/", "/cmi5/courses/{courseId}/cmi5.xml");
    }
}
