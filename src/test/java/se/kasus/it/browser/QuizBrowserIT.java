package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.QuizKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge check in the browser: a failed attempt tells which answers were wrong but neither the page nor the
 * data it loads holds the right options; "Gör om testet" starts a retake in another order; a pass shows the right
 * answers and explanations, also in the failed attempt reopened read-only by its address; after the result one
 * button leads to the next step of the course. axe-core checks every state at 1280, 375 and 320 px.
 */
class QuizBrowserIT extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> KEYS = QuizKeys.of("quiz-m1");

    @Test
    void aFailedQuizHidesTheKeyARetakeComesInAnotherOrderAndAPassShowsTheKeyEverywhere() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String caseAttempt = api.startCase(learner, enrollment, "case-01");
        assertThat(api.decide(learner, caseAttempt, "dp1", "B").status()).isEqualTo(200);
        assertThat(api.decide(learner, caseAttempt, "dp2", "B").status()).isEqualTo(200);
        String firstId = api.post("api/enrollments/" + enrollment + "/modules/M1/quiz", learner, "").json()
                .path("quizAttemptId").asString();

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/test.html?forsok=" + firstId);
        assertThat(page.locator("h1")).hasText("Kunskapstest, modul 1");
        assertThat(page.locator("main")).containsText("Modul 1: Grunderna: mänskliga rättigheter");
        assertThat(page.locator("main")).not().containsText("M1");
        assertThat(page.locator("main")).containsText("minst 70\u00a0% rätt");
        assertThat(page).hasTitle("Kunskapstest, modul 1 – Kasus");
        Browser.assertAccessible(page, "quiz before answering");

        // Two right, three wrong: 40 %.
        JsonNode first = quizData(page, firstId);
        List<String> firstOrder = order(first);
        int number = 1;
        for (JsonNode question : first.path("questions")) {
            String key = KEYS.get(question.path("id").asString());
            String chosen = number <= 2 ? key : QuizKeys.wrongAnswer(question, key);
            answerInPage(page, number, chosen);
            Locator feedback = page.locator("#q-" + number + " .feedback");
            if (number <= 2) {
                assertThat(feedback).containsText("✓ Du svarade rätt.");
                assertThat(feedback).containsText("Förklaring:");
            } else {
                assertThat(feedback).containsText("✗ Du svarade fel.");
                assertThat(feedback).containsText("Det rätta svaret och förklaringen visas när du har klarat testet.");
                assertThat(feedback).not().containsText("Det rätta svaret:");
                assertThat(feedback).not().containsText("Förklaring:");
                assertThat(page.locator("#q-" + number)).not().containsText(optionText(question, key));
            }
            if (number == 1) {
                assertThat(page.locator("#question-1")).isFocused();
                assertThat(page.locator("#announcer")).hasText("Du svarade rätt.");
                Browser.assertAccessible(page, "quiz after a right answer");
            }
            if (number == 3) {
                Browser.assertAccessible(page, "quiz after a wrong answer");
            }
            number++;
        }
        assertThat(page.locator("#result-heading")).isFocused();
        assertThat(page.locator("#result-heading")).hasText("Du klarade inte testet den här gången");
        assertThat(page.locator("#result")).containsText("Du hade 2 av 5 rätt (40\u00a0%).");
        assertThat(page.locator("#result")).containsText("Du svarade fel på de här 3 frågorna:");
        assertThat(page.locator("#result .wrong-list li")).hasCount(3);
        assertThat(page.locator("#result .wrong-list li").first()).containsText("Fråga 3: ");
        assertThat(page.locator("main")).not().containsText("Det rätta svaret:");
        assertNoKeyForWrongAnswers(quizData(page, firstId));
        Browser.assertAccessible(page, "failed quiz result");

        // The finished attempt by its address: a record, without answer controls, still without the key.
        page.reload();
        assertThat(page.locator("h1")).hasText("Avslutat kunskapstest, modul 1");
        assertThat(page.locator("main")).containsText("Försöket är avslutat. Du kan läsa dina svar, men inte ändra dem.");
        assertThat(page.locator("input[type=radio]")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Svara"))).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Det rätta svaret:");
        Browser.assertAccessible(page, "failed attempt reopened");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör om testet")).click();
        assertThat(page).hasURL(Pattern.compile(".*/test\\.html\\?forsok=(?!" + firstId + ").+"));
        assertThat(page.locator("h1")).hasText("Kunskapstest, modul 1");
        assertThat(page.locator("main")).containsText("Det här är ditt försök nummer 2.");
        String secondId = page.url().replaceAll(".*forsok=", "");
        JsonNode second = quizData(page, secondId);
        assertThat(second.path("attemptNumber").asInt()).isEqualTo(2);
        assertThat(order(second)).isNotEqualTo(firstOrder);
        assertThat(questionIds(second)).containsExactlyInAnyOrderElementsOf(questionIds(first));
        Browser.assertAccessible(page, "retake before answering");

        number = 1;
        for (JsonNode question : second.path("questions")) {
            answerInPage(page, number++, KEYS.get(question.path("id").asString()));
        }
        assertThat(page.locator("#result-heading")).isFocused();
        assertThat(page.locator("#result-heading")).hasText("Du klarade testet");
        assertThat(page.locator("#result")).containsText("Du hade 5 av 5 rätt (100\u00a0%).");
        assertThat(page.locator("#result")).containsText("Vid varje fråga ovan ser du det rätta svaret och förklaringen.");
        assertThat(page.locator(".feedback")).hasCount(5);
        for (int i = 0; i < 5; i++) {
            assertThat(page.locator(".feedback").nth(i)).containsText("Förklaring:");
        }
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör om testet"))).hasCount(0);
        Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt med fallet Kön till hyresrätten"));
        assertThat(next).isVisible();
        Browser.assertAccessible(page, "passed quiz result");

        // Once passed, the failed attempt shows the right options and full explanations.
        page.navigate(browser.baseUrl + "/test.html?forsok=" + firstId);
        assertThat(page.locator("h1")).hasText("Avslutat kunskapstest, modul 1");
        assertThat(page.locator("input[type=radio]")).hasCount(0);
        JsonNode reopened = quizData(page, firstId);
        assertThat(reopened.path("keyRevealed").asBoolean()).isTrue();
        number = 1;
        for (JsonNode question : reopened.path("questions")) {
            String key = KEYS.get(question.path("id").asString());
            assertThat(question.path("answer").path("correctOptionId").asString()).isEqualTo(key);
            assertThat(question.path("answer").path("explanation").asString()).isNotBlank();
            if (number >= 3) {
                assertThat(page.locator("#q-" + number + " .feedback"))
                        .containsText("Det rätta svaret: " + optionText(question, key));
                assertThat(page.locator("#q-" + number + " .feedback"))
                        .containsText(question.path("answer").path("explanation").asString().substring(0, 40));
            }
            number++;
        }
        assertThat(page.locator("#result-heading")).hasText("Du klarade inte testet den här gången");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör om testet"))).hasCount(0);
        Browser.assertAccessible(page, "failed attempt reopened after a pass");

        // The next step starts the next module's first case.
        page.navigate(browser.baseUrl + "/test.html?forsok=" + secondId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt med fallet Kön till hyresrätten")).click();
        assertThat(page).hasURL(Pattern.compile(".*/fall\\.html\\?forsok=.+"));
        assertThat(page.locator("h1")).hasText("Kön till hyresrätten");
        JsonNode m2 = api.get("api/enrollments/" + enrollment, learner).json().path("modules").get(1);
        assertThat(m2.path("cases").get(0).path("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anAddressWithoutAQuizSaysSoInPlainSwedish() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        page.navigate(browser.baseUrl + "/test.html?forsok=finns-inte");

        assertThat(page.locator("h1")).hasText("Vi hittar inte kunskapstestet");
        assertThat(page.locator("main")).containsText("Gå till Mina kurser och öppna kunskapstestet från kursen.");
        assertThat(page.locator("main")).not().containsText("med id");
        Browser.assertAccessible(page, "quiz not found");
    }

    private static void answerInPage(Page page, int number, String optionId) {
        Locator item = page.locator("#q-" + number);
        item.locator("input[type=radio][value=\"" + optionId + "\"]").check();
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Svara")).click();
        assertThat(item.locator(".feedback")).isVisible();
    }

    private static void assertNoKeyForWrongAnswers(JsonNode quiz) {
        assertThat(quiz.path("keyRevealed").asBoolean()).isFalse();
        assertThat(quiz.path("passed").asBoolean()).isFalse();
        int wrong = 0;
        for (JsonNode question : quiz.path("questions")) {
            JsonNode answer = question.path("answer");
            assertThat(answer.path("correctOptionId").asString("")).as("correctOptionId of " + question.path("id")).isEmpty();
            if (!answer.path("correct").asBoolean()) {
                wrong++;
                assertThat(answer.path("explanation").asString("")).isEmpty();
                assertThat(answer.path("sources")).isEmpty();
            }
        }
        assertThat(wrong).isEqualTo(3);
    }

    /** The attempt as the page's own session reads it. */
    private JsonNode quizData(Page page, String quizId) {
        Object json = page.evaluate("id => fetch('/api/quiz-attempts/' + id, {headers: {'X-Kasus-Request': '1'}})"
                + ".then(r => r.text())", quizId);
        return JSON.readTree(String.valueOf(json));
    }

    private static List<String> order(JsonNode quiz) {
        List<String> order = new ArrayList<>();
        for (JsonNode question : quiz.path("questions")) {
            StringBuilder options = new StringBuilder();
            question.path("options").forEach(o -> options.append(o.path("id").asString()));
            order.add(question.path("id").asString() + ":" + options);
        }
        return order;
    }

    private static List<String> questionIds(JsonNode quiz) {
        List<String> ids = new ArrayList<>();
        quiz.path("questions").forEach(q -> ids.add(q.path("id").asString()));
        return ids;
    }

    private static String optionText(JsonNode question, String optionId) {
        for (JsonNode option : question.path("options")) {
            if (option.path("id").asString().equals(optionId)) {
                return option.path("text").asString();
            }
        }
        throw new AssertionError("no option " + optionId + " in " + question.path("id"));
    }
}
