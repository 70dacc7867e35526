package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A new learner takes module M1 in the browser with the keyboard only: logs in, enrols, plays
 * case-01 (C, not the best choice, then B: 3 of 4 points; reloading in the middle), answers the
 * reflection, reads the summary and passes the quiz. Every page and state is checked with axe-core
 * at 1280, 375 and 320 px and photographed at 1280 and 375 px along the way.
 */
class LearnerJourneyBrowserIT extends BrowserTestBase {

    /** The course overview's heights before issue 9, right after enrolling (full-page screenshots at 1280 and 375 px). */
    private static final int OVERVIEW_HEIGHT_BEFORE_WIDE = 4433;
    private static final int OVERVIEW_HEIGHT_BEFORE_NARROW = 6947;

    @Test
    void aNewLearnerCompletesModuleOneWithTheKeyboardOnly() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);

        page.navigate(browser.baseUrl + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/logga-in\\.html.*"));
        Browser.assertAccessible(page, "login");
        Browser.screenshots(page, "01-logga-in");
        assertFirstTabStopIsTheSkipLink(page);
        Keyboard.tabTo(page, "Användarnamn");
        page.keyboard().type(learner.username());
        page.keyboard().press("Tab");
        page.keyboard().type(learner.password());
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Mina kurser");
        assertThat(page.getByText("Kurser du kan börja")).isVisible();
        assertFirstTabStopIsTheSkipLink(page);
        Browser.assertAccessible(page, "my courses before enrolling");
        Browser.screenshots(page, "02-mina-kurser");
        Keyboard.tabTo(page, "Börja kursen");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");
        assertThat(page.locator("#next-step")).hasText("Börja med fallet Den arga sökanden");
        assertThat(page.locator("details.intro")).hasCount(6);
        assertThat(page.locator("details.intro[open]")).hasCount(1);
        assertThat(page.locator("section.module.current details.intro")).hasAttribute("open", "");
        assertThat(page.locator("section.module.current h2")).hasText(
                "Modul 1: Grunderna: mänskliga rättigheter och den gemensamma värdegrunden");
        assertThat(page.locator("main")).not().containsText(java.util.regex.Pattern.compile("\\bM[1-6]\\b"));
        assertThat(page.locator("main")).containsText("70\u00a0%");
        assertFirstTabStopIsTheSkipLink(page);
        Browser.assertAccessible(page, "course overview");
        Browser.screenshots(page, "03-kursoversikt");
        int wide = pageHeight(page, Browser.WIDE);
        int narrow = pageHeight(page, Browser.NARROW);
        System.out.printf("Course overview after enrolling: %d px at 1280, %d px at 375 (before: %d and %d)%n",
                wide, narrow, OVERVIEW_HEIGHT_BEFORE_WIDE, OVERVIEW_HEIGHT_BEFORE_NARROW);
        assertThat(wide).isLessThan(OVERVIEW_HEIGHT_BEFORE_WIDE * 2 / 3);
        assertThat(narrow).isLessThan(OVERVIEW_HEIGHT_BEFORE_NARROW * 2 / 3);
        Keyboard.tabTo(page, "Börja med fallet Den arga sökanden");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Den arga sökanden");
        assertThat(page).hasTitle("Den arga sökanden – Fall – Kasus");
        assertThat(page.locator("legend")).hasText("Hur hanterar du Mikaels ärende?");
        assertThat(page.locator("#final-note")).hasText(
                "När du har bekräftat ett val kan du inte ändra det. Läs alla alternativ innan du väljer.");
        assertThat(page.locator(".meta")).containsText("Var det händer");
        assertThat(page.locator(".option label").first()).hasCSS("font-weight", "400");
        assertFirstTabStopIsTheSkipLink(page);
        Browser.assertAccessible(page, "case before a decision");
        Browser.screenshots(page, "04-fall-beslutspunkt");
        Keyboard.chooseRadio(page, "option", "C");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");

        assertThat(page.locator("#feedback-heading")).isFocused();
        assertThat(page.locator(".feedback")).containsText("Poäng: 1 av 2");
        assertThat(page.locator(".feedback")).containsText("ett byte av handläggare ska bygga på sakliga");
        assertThat(page.locator(".feedback .best-option")).containsText("Det bästa valet");
        assertThat(page.locator(".feedback .best-option")).containsText("B. Du registrerar läkarintyget");
        assertThat(page.locator(".feedback .best-option")).containsText("Varför: Bra. Du är saklig och ger god service.");
        assertThat(page.locator(".feedback .refs h3")).hasText("Källor");
        assertThat(page.locator(".feedback .refs li").first()).hasText("16\u00a0§ förvaltningslagen (2017:900)");
        assertThat(page.locator("#announcer")).containsText("Du fick 1 av 2 poäng");
        Browser.assertAccessible(page, "case after feedback");
        Browser.screenshots(page, "05-fall-aterkoppling");

        page.reload();
        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");
        assertThat(page.locator("#stage h2")).isFocused();
        assertThat(page.locator("#final-note")).hasCount(0);
        assertThat(page.locator("#stage")).containsText("Underlaget visar att Mikael har rätt till en del av ersättningen");
        assertThat(page.locator(".history summary")).containsText("Du valde C: 1 av 2 poäng");
        Browser.assertAccessible(page, "case resumed at the second decision");

        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Poäng: 2 av 2 – det bästa valet.");
        assertThat(page.locator(".feedback")).containsText("Rätt. Material av betydelse för beslutet");
        assertThat(page.locator(".feedback .best-option")).hasCount(0);
        Keyboard.tabTo(page, "Gå vidare till reflektionen");
        page.keyboard().press("Enter");

        assertThat(page.locator("#reflection-heading")).isFocused();
        assertThat(page.locator("#reflection-privacy")).containsText("Bara du kan läsa det");
        assertThat(page.locator("#reflection-count")).hasText("0 av högst 10\u00a0000 tecken.");
        assertThat(page.locator("#reflection-text")).hasAttribute("aria-describedby",
                "reflection-privacy reflection-count reflection-status");
        assertThat(page.locator("#reflection-count-live")).hasAttribute("aria-live", "polite");
        Browser.assertAccessible(page, "reflection before answering");
        String answer = "Objektivitet och respekt. Vi kan prata om hur vi talar om sökande.";
        Keyboard.tabTo(page, "Ditt svar");
        page.keyboard().type(answer);
        assertThat(page.locator("#reflection-count")).hasText(answer.length() + " av högst 10\u00a0000 tecken.");
        Keyboard.tabTo(page, "Spara svaret");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Ditt svar är sparat.")).isVisible();
        assertThat(page.getByText("Ditt svar är sparat.")).isInViewport();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaret"))).isFocused();
        Browser.assertAccessible(page, "reflection saved");
        Browser.screenshots(page, "06-reflektion");
        Keyboard.tabTo(page, "Se sammanfattningen av fallet");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Sammanfattning: Den arga sökanden");
        assertThat(page).hasTitle("Sammanfattning: Den arga sökanden – Kasus");
        assertThat(page.locator("main")).containsText("Du fick 3 av 4 poäng.");
        assertThat(page.locator("table").first()).containsText("Samma som ditt val.");
        assertThat(page.locator("table").first()).containsText("B. Du registrerar läkarintyget");
        assertThat(page.locator("svg.chart")).isVisible();
        assertThat(page.locator("main")).containsText("Objektivitet och respekt. Vi kan prata");
        assertThat(page.locator("#next-step")).hasText("Fortsätt med kunskapstestet för modul 1");
        assertChartTextAtLeastBodySize(page);
        assertFirstTabStopIsTheSkipLink(page);
        Browser.assertAccessible(page, "case summary");
        Browser.screenshots(page, "07-sammanfattning");
        Keyboard.tabTo(page, "Till kursöversikten");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");
        assertThat(page.locator("#next-step")).hasText("Fortsätt med kunskapstestet för modul 1");
        Browser.assertAccessible(page, "course overview with the case finished");

        Keyboard.tabTo(page, "Gör kunskapstestet för modul 1");
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
                new Page.GetByRoleOptions().setName("Fortsätt med fallet Kön till hyresrätten"))).isVisible();
        Browser.assertAccessible(page, "quiz answered");
        Browser.screenshots(page, "09-kunskapstest-klart");
        Keyboard.tabTo(page, "Till kursöversikten");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mänskliga rättigheter i offentlig verksamhet");

        assertThat(page.locator("#modul-M1")).containsText("(klar)");
        Keyboard.tabTo(page, "Sammanfattning av modul 1");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Sammanfattning av modulen Grunderna");
        assertThat(page.locator("main")).containsText("Modulen är klar sedan");
        assertChartTextAtLeastBodySize(page);
        Browser.assertAccessible(page, "module summary");
        Browser.screenshots(page, "10-modul");
    }

    /** Right after the page has loaded, the first Tab reaches the skip link; Shift+Tab leaves it again. */
    private static void assertFirstTabStopIsTheSkipLink(Page page) {
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip")).isFocused();
        page.keyboard().press("Shift+Tab");
    }

    private static int pageHeight(Page page, int width) {
        var original = page.viewportSize();
        page.setViewportSize(width, 900);
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        page.setViewportSize(original.width, original.height);
        return height;
    }

    /** The chart's labels are at least as large as the body text at 1280, 375 and 320 px. */
    private static void assertChartTextAtLeastBodySize(Page page) {
        var original = page.viewportSize();
        for (int width : new int[] {Browser.WIDE, Browser.NARROW, Browser.SMALLEST}) {
            page.setViewportSize(width, 900);
            Object sizes = page.evaluate("() => { const body = parseFloat(getComputedStyle(document.body).fontSize);"
                    + " const text = document.querySelector('svg.chart text');"
                    + " const rendered = text.getBoundingClientRect().height;"
                    + " return [body, parseFloat(getComputedStyle(text).fontSize), rendered]; }");
            var list = (java.util.List<?>) sizes;
            double body = ((Number) list.get(0)).doubleValue();
            assertThat(((Number) list.get(1)).doubleValue()).as("chart text size at " + width + " px").isGreaterThanOrEqualTo(body);
            assertThat(((Number) list.get(2)).doubleValue()).as("chart text height on screen at " + width + " px")
                    .isGreaterThanOrEqualTo(body);
        }
        page.setViewportSize(original.width, original.height);
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
