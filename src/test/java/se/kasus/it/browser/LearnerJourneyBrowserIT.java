package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A new learner takes module M1 in the browser with the keyboard only: logs in, enrols, plays
 * case-01 (reloading in the middle), answers the reflection, reads the summary and passes the quiz.
 * Every page is checked with axe-core and photographed at 1280 and 375 px along the way.
 */
class LearnerJourneyBrowserIT extends BrowserTestBase {

    @Test
    void aNewLearnerCompletesModuleOneWithTheKeyboardOnly() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);

        page.navigate(browser.baseUrl + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/logga-in\\.html.*"));
        Browser.assertAccessible(page, "login");
        Browser.screenshots(page, "01-logga-in");
        page.keyboard().type(learner.username());
        page.keyboard().press("Tab");
        page.keyboard().type(learner.password());
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Mina kurser");
        assertThat(page.getByText("Kurser du kan börja")).isVisible();
        Browser.assertAccessible(page, "my courses before enrolling");
        Browser.screenshots(page, "02-mina-kurser");
        Keyboard.tabTo(page, "Börja kursen");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");
        Browser.assertAccessible(page, "course overview");
        Browser.screenshots(page, "03-kursoversikt");
        Keyboard.tabTo(page, "Starta fallet Den arga sökanden");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Den arga sökanden");
        assertThat(page.locator("legend")).hasText("Hur hanterar du Mikaels ärende?");
        Browser.assertAccessible(page, "case before a decision");
        Browser.screenshots(page, "04-fall-beslutspunkt");
        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Välj det här alternativet");
        page.keyboard().press("Enter");

        assertThat(page.locator("#feedback-heading")).isFocused();
        assertThat(page.locator(".feedback")).containsText("Poäng: 2 av 2");
        assertThat(page.locator(".feedback")).containsText("Bra. Du är saklig och ger god service.");
        assertThat(page.locator(".feedback")).containsText("Följer: Objektivitet");
        assertThat(page.locator(".feedback")).containsText("11 § förvaltningslagen (2017:900)");
        assertThat(page.locator("#announcer")).containsText("Du fick 2 av 2 poäng");
        Browser.assertAccessible(page, "case after feedback");
        Browser.screenshots(page, "05-fall-aterkoppling");

        page.reload();
        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");
        assertThat(page.locator("#stage")).containsText("Underlaget visar att Mikael har rätt till en del av ersättningen");
        assertThat(page.locator(".history summary")).containsText("Du valde B: 2 av 2 poäng");

        Keyboard.chooseRadio(page, "option", "C");
        Keyboard.tabTo(page, "Välj det här alternativet");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Poäng: 0 av 2");
        assertThat(page.locator(".feedback")).containsText("Mikaels beteende har inget med sakfrågan att göra.");
        assertThat(page.locator(".feedback")).containsText("Bryter mot: Objektivitet");
        Keyboard.tabTo(page, "Gå vidare till reflektionen");
        page.keyboard().press("Enter");

        assertThat(page.locator("#reflection-heading")).isFocused();
        assertThat(page.locator("#reflection-privacy")).containsText("Bara du kan läsa det");
        Keyboard.tabTo(page, "Ditt svar");
        page.keyboard().type("Objektivitet och respekt. Vi kan prata om hur vi talar om sökande.");
        Keyboard.tabTo(page, "Spara svaret");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Ditt svar är sparat.")).isVisible();
        Browser.assertAccessible(page, "reflection saved");
        Browser.screenshots(page, "06-reflektion");
        Keyboard.tabTo(page, "Se sammanfattningen av fallet");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Sammanfattning: Den arga sökanden");
        assertThat(page.locator("main")).containsText("Du fick 2 av 4 poäng.");
        assertThat(page.locator("table").first()).containsText("Samma som ditt val.");
        assertThat(page.locator("svg.chart")).isVisible();
        assertThat(page.locator("main")).containsText("Objektivitet och respekt. Vi kan prata");
        Browser.assertAccessible(page, "case summary");
        Browser.screenshots(page, "07-sammanfattning");
        Keyboard.tabTo(page, "Till kursöversikten");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");

        Keyboard.tabTo(page, "Gör kunskapstestet för M1");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Kunskapstest, modul 1");
        assertThat(page.locator("main")).containsText("De rätta svaren och alla förklaringar visas när du har klarat testet.");
        Browser.assertAccessible(page, "quiz before answering");
        Browser.screenshots(page, "08-kunskapstest");
        Map<String, String> keys = quizKeys();
        JsonNode quiz = quizFromPage(page);
        int number = 1;
        for (JsonNode question : quiz.path("questions")) {
            Keyboard.chooseRadio(page, "q" + number, keys.get(question.path("id").asString()));
            Keyboard.tabTo(page, "Svara");
            page.keyboard().press("Enter");
            assertThat(page.locator("#q-" + number + " .feedback")).containsText("✓ Du svarade rätt.");
            number++;
        }
        assertThat(page.locator("#result-heading")).isFocused();
        assertThat(page.locator("#result-heading")).hasText("Du klarade testet");
        assertThat(page.locator("#result")).containsText("Du hade 5 av 5 rätt (100\u00a0%)");
        assertThat(page.locator("#q-1 .feedback")).containsText("Förklaring:");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Nästa steg: börja fallet Kön till hyresrätten"))).isVisible();
        Browser.assertAccessible(page, "quiz answered");
        Browser.screenshots(page, "09-kunskapstest-klart");
        Keyboard.tabTo(page, "Till kursöversikten");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");

        assertThat(page.locator("#modul-M1")).containsText("(klar)");
        Keyboard.tabTo(page, "Sammanfattning av modul M1");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Sammanfattning av modul M1");
        assertThat(page.locator("main")).containsText("Modulen är klar.");
        Browser.assertAccessible(page, "module summary");
        Browser.screenshots(page, "10-modul");
    }

    private JsonNode quizFromPage(Page page) {
        String quizId = page.url().replaceAll(".*forsok=", "");
        Object json = page.evaluate("id => fetch('/api/quiz-attempts/' + id, {headers: {'X-Kasus-Request': '1'}})"
                + ".then(r => r.text())", quizId);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(String.valueOf(json));
    }

    private static Map<String, String> quizKeys() {
        Path file = Path.of(System.getProperty("kasus.course.dir", "course-content/mr-offentlig-verksamhet"))
                .resolve("quizzes/quiz-m1.yaml");
        Map<String, String> keys = new LinkedHashMap<>();
        YAMLMapper.builder().build().readTree(file.toFile()).path("questions")
                .forEach(q -> keys.put(q.path("id").asString(), q.path("correct").asString()));
        return keys;
    }
}
