package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.it.CourseZips;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.QuizKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A trainer posts a course whose Markdown carries a script, an event handler, a javascript: link and data: links
 * (the zip import through the authoring API, the same rules as every course). None of it reaches a learner: not
 * the player API's HTML fields, not the course, case and quiz pages, and nothing runs. The course is a one-module
 * copy of the shipped course under its own id, so the shipped course stays as other tests expect it.
 */
class HostileMarkdownBrowserIT extends BrowserTestBase {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String COURSE = "zz-test-markdown-attack";
    private static final String HOSTILE = "Inledning med *betoning* och [lagen](https://www.riksdagen.se/).\n\n"
            + "<script>window.kasusHacked = 1</script>\n\n"
            + "<img src=\"x\" onerror=\"window.kasusHacked = 2\">\n\n"
            + "[klicka](javascript:window.kasusHacked=3) och [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
            + " och <a href=\"JaVaScRiPt:window.kasusHacked=4\">länk</a> och ![bild](data:image/svg+xml;base64,PHN2Zz4=)\n\n"
            + "<p onmouseover=\"window.kasusHacked = 5\">Slutet.</p>";
    /** Markup that would run or load something; raw HTML may stay as visible text (escaped), never as markup. */
    private static final String[] FORBIDDEN = {"<script", "<img", "<a href=\"javascript:", "<a href=\"data:", "src=",
        " onerror=", " onmouseover="};
    private static final String ACTIVE_MARKUP = "() => [...document.querySelectorAll('main *')].filter(e =>"
            + " ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName)"
            + " || [...e.attributes].some(a => a.name.toLowerCase().startsWith('on')"
            + " || (['href', 'src', 'action', 'formaction'].includes(a.name.toLowerCase())"
            + " && /^\\s*(javascript|data|vbscript):/i.test(a.value)))).map(e => e.outerHTML)";

    @Test
    void scriptsHandlersAndJavascriptOrDataLinksFromATrainerNeverReachALearner() {
        Credentials trainer = api.newTrainer();
        HttpResponse<byte[]> imported = api.sendBytes("POST", "api/authoring/imports", trainer, "application/zip",
                CourseZips.zip(hostileCourse(trainer)), "application/json, application/problem+json");
        // 201 the first time; 200 (the same content, no new version) when the server's data outlives a run.
        assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isIn(200, 201);

        Credentials learner = api.newLearner();
        String enrollment = api.post("api/enrollments", learner, "{\"courseId\":\"" + COURSE + "\"}").json()
                .path("enrollmentId").asString();
        JsonNode course = api.get("api/courses/" + COURSE, learner).json();
        JsonNode attempt = api.post("api/enrollments/" + enrollment + "/cases/case-01/attempt", learner, "").json();
        JsonNode decision = api.decide(learner, attempt.path("attemptId").asString(), "dp1", "C").json();
        List<String> htmlFields = List.of(course.path("modules").get(0).path("introductionHtml").asString(),
                attempt.path("narrativeHtml").asString(), decision.path("feedbackHtml").asString());
        for (String html : htmlFields) {
            assertThat(html.toLowerCase(java.util.Locale.ROOT)).contains("<em>betoning</em>",
                    "<a href=\"https://www.riksdagen.se/\"", "slutet.").doesNotContain(FORBIDDEN);
        }

        Page page = browser.newPage(Browser.WIDE);
        List<String> dialogs = Browser.dialogs(page);
        logIn(page, learner);

        page.navigate(browser.baseUrl + "/kurs.html?id=" + enrollment);
        assertThat(page.locator("h1")).hasText("Testkurs med farlig Markdown");
        page.locator("details.intro summary").first().click();
        assertThat(page.locator("details.intro").first()).containsText("Slutet.");
        assertNothingHostile(page, dialogs);
        Browser.assertAccessible(page, "course page with a hostile introduction");

        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attempt.path("attemptId").asString());
        assertThat(page.locator(".narrative em")).hasText("betoning");
        page.locator("section.history details summary").first().click();
        assertThat(page.locator("section.history details").first()).containsText("Slutet.");
        page.locator(".narrative p").last().hover();
        assertNothingHostile(page, dialogs);
        Browser.assertAccessible(page, "case page with a hostile narrative and feedback");

        JsonNode quiz = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "").json();
        String quizAttempt = quiz.path("quizAttemptId").asString();
        Map<String, String> key = QuizKeys.of("quiz-m1");
        for (JsonNode question : quiz.path("questions")) {
            String questionId = question.path("id").asString();
            JsonNode answer = api.post("api/quiz-attempts/" + quizAttempt + "/answers", learner,
                    "{\"questionId\":\"" + questionId + "\",\"optionId\":\"" + key.get(questionId) + "\"}").json();
            assertThat(answer.path("explanationHtml").asString().toLowerCase(java.util.Locale.ROOT))
                    .contains("<em>betoning</em>").doesNotContain(FORBIDDEN);
        }
        page.navigate(browser.baseUrl + "/test.html?forsok=" + quizAttempt);
        assertThat(page.locator("h1")).hasText("Avslutat kunskapstest, modul 1");
        assertThat(page.locator("main")).containsText("Slutet.");
        assertNothingHostile(page, dialogs);
        Browser.assertAccessible(page, "finished quiz with hostile explanations");
    }

    private static void assertNothingHostile(Page page, List<String> dialogs) {
        assertThat(page.locator("main em").first()).hasText("betoning");
        assertThat((List<?>) page.evaluate(ACTIVE_MARKUP)).isEmpty();
        assertThat(page.evaluate("() => window.kasusHacked === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
    }

    /** The shipped course's first module with its cases and quiz, under its own id, hostile Markdown in its texts. */
    private Map<String, String> hostileCourse(Credentials trainer) {
        HttpResponse<byte[]> export = api.sendBytes("GET", "api/authoring/courses/" + KasusApi.COURSE + "/export", trainer,
                null, null, "application/zip");
        assertThat(export.statusCode()).isEqualTo(200);
        Map<String, String> shipped = CourseZips.unzip(export.body());
        String from = KasusApi.COURSE + "/";
        ObjectNode module = (ObjectNode) YAML.readTree(shipped.get(from + "modules/m1.yaml"));
        module.put("introduction", HOSTILE);

        ObjectNode info = (ObjectNode) YAML.readTree(shipped.get(from + "course.yaml"));
        info.put("id", COURSE).put("title", "Testkurs med farlig Markdown");
        info.set("modules", YAML.createArrayNode().add("M1"));

        Map<String, String> files = new LinkedHashMap<>();
        String to = COURSE + "/";
        files.put(to + "course.yaml", YAML.writeValueAsString(info));
        files.put(to + "principles.yaml", shipped.get(from + "principles.yaml"));
        files.put(to + "modules/m1.yaml", YAML.writeValueAsString(module));
        for (JsonNode caseId : module.path("cases")) {
            String path = "cases/" + caseId.asString() + ".yaml";
            ObjectNode definition = (ObjectNode) YAML.readTree(shipped.get(from + path));
            if (caseId.asString().equals("case-01")) {
                definition.put("narrative", HOSTILE);
                for (JsonNode option : definition.path("steps").get(0).path("options")) {
                    ((ObjectNode) option).put("feedback", HOSTILE);
                }
            }
            files.put(to + path, YAML.writeValueAsString(definition));
        }
        String quiz = "quizzes/" + module.path("quiz").asString() + ".yaml";
        ObjectNode bank = (ObjectNode) YAML.readTree(shipped.get(from + quiz));
        for (JsonNode question : (ArrayNode) bank.path("questions")) {
            ((ObjectNode) question).put("explanation", HOSTILE);
        }
        files.put(to + quiz, YAML.writeValueAsString(bank));
        return files;
    }
}
