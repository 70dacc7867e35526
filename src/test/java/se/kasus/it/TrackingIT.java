package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;
import se.kasus.xapi.validation.XapiValidator;
import tools.jackson.databind.JsonNode;

/** Playing case-01 leaves a trail of valid xAPI statements in the embedded LRS, in order. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrackingIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void playingCase01ProducesValidStatementsWithTheExpectedVerbsInOrder() throws Exception {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attempt = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attempt, "dp1", "B");
        api.decide(learner, attempt, "dp2", "C");
        api.put("api/attempts/" + attempt + "/reflection", learner, "{\"text\":\"Hemliga tankar\"}");
        String registration = api.get("api/enrollments/" + enrollment, learner).json().path("registration").asString();

        StatementResult result = XapiJson.readStatementResult(
                api.lrsGet("statements?ascending=true&registration=" + URLEncoder.encode(registration, StandardCharsets.UTF_8)));

        List<Statement> statements = result.statements();
        List<String> verbs = new ArrayList<>();
        statements.forEach(s -> verbs.add(s.verb().id().replace("http://adlnet.gov/expapi/verbs/", "")));
        assertThat(verbs).containsExactly("initialized", "answered", "answered", "completed", "commented");
        XapiValidator validator = new XapiValidator();
        for (Statement statement : statements) {
            assertThat(validator.validate(statement)).as(XapiJson.write(statement)).isEmpty();
            assertThat(statement.context().registration()).isEqualTo(registration);
            assertThat(statement.context().platform()).isEqualTo("Kasus");
            assertThat(statement.context().language()).isEqualTo("sv-SE");
        }
        Statement firstDecision = statements.get(1);
        assertThat(firstDecision.result().response()).isEqualTo("B");
        assertThat(firstDecision.result().success()).isTrue();
        Statement secondDecision = statements.get(2);
        assertThat(secondDecision.result().response()).isEqualTo("C");
        assertThat(secondDecision.result().score().raw()).isEqualTo(0.0);
        assertThat(XapiJson.write(statements.get(4))).doesNotContain("Hemliga tankar");
        assertThat(XapiJson.write(statements.get(0))).doesNotContain(learner.username());
    }
}
