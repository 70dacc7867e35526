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
import tools.jackson.databind.JsonNode;

/** The learner's API answers carry trainers' texts also as sanitised HTML next to the plain text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarkdownViewsIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void narrativeFeedbackConsequenceAndIntroductionComeAsParagraphHtml() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);

        JsonNode attempt = api.post("api/enrollments/" + enrollment + "/cases/case-01/attempt", learner, "").json();
        String narrativeHtml = attempt.path("narrativeHtml").asString();
        assertThat(narrativeHtml).startsWith("<p>Du arbetar som handläggare på en myndighet")
                .contains("</p>\n<p>I fikarummet säger din kollega Jonas: &#34;Lägg hans ärende");
        assertThat(narrativeHtml.split("<p>")).hasSize(5);

        JsonNode feedback = api.decide(learner, attempt.path("attemptId").asString(), "dp1", "C").json();
        assertThat(feedback.path("feedbackHtml").asString()).startsWith("<p>Det är bra att du berättar för chefen.")
                .endsWith("</p>");
        assertThat(feedback.path("consequenceHtml").asString())
                .isEqualTo("<p>Ärendet blir liggande ytterligare en vecka medan chefen fördelar om det.</p>");
        assertThat(feedback.path("bestFeedbackHtml").asString()).startsWith("<p>Bra. Du är saklig");

        JsonNode course = api.get("api/courses/" + KasusApi.COURSE, learner).json();
        assertThat(course.path("modules").get(0).path("introductionHtml").asString())
                .startsWith("<p>Det är det allmänna").endsWith("</p>");
    }
}
