package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.authoring.AuthoringClient;
import se.kasus.it.authoring.AuthoringClient.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case editor (/forfatta/fall.html): a trainer writes a case of a draft with the keyboard only, sees the
 * draft's problems at the fields they concern, mends them and publishes; a learner then plays the case. Two
 * trainers on one case: the second save is refused (409) and shows both versions. axe-core on every state.
 */
class CaseEditorBrowserIT extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DRAFTS = AuthoringClient.DRAFTS;
    private static final String CASE = "cases/case-01.yaml";
    private static final int MAX_KEYS = 400;

    private final AuthoringClient client = new AuthoringClient();

    @Test
    void aTrainerWritesATwoDecisionCaseWithTheKeyboardMendsItsProblemAndALearnerPlaysThePublishedCase() {
        Credentials trainer = api.newTrainer();
        String courseId = AuthoringClient.newCourseId();
        String draftId = newCourseWithoutItsCase(trainer, courseId);
        String title = "Bidraget som dröjde " + courseId.substring(courseId.length() - 4);
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);

        Response response = page.navigate(editor(draftId, "case-01"));
        assertThat(response.headers().get("content-security-policy")).contains("script-src 'self'");
        assertThat(page.locator("h1")).hasText("Redigera fall: case-01");
        assertThat(page.locator("main")).containsText("Fallet finns inte i utkastet ännu");
        assertThat(page.locator("#f-module")).hasValue("M1");

        typeInto(page, "f-title", title);
        typeInto(page, "f-setting", "En kommun som beslutar om bidrag.");
        typeInto(page, "f-role", "Alex, handläggare.");
        check(page, "f-principlesInFocus-V-OBJ");
        typeInto(page, "f-narrative", "Ett bidrag har dröjt i sex månader.\n\nDen sökande ringer och är arg.");
        typeInto(page, "f-steps-0-prompt", "Vad gör du först?");
        typeInto(page, "f-steps-0-options-0-text", "Du lägger ärendet sist i högen.");
        typeInto(page, "f-steps-0-options-0-feedback", "Alla ska behandlas lika.");
        typeInto(page, "f-steps-0-options-1-text", "Du handlägger ärendet i tur och ordning och hör av dig.");
        choose(page, "f-steps-0-options-1-score", "2");
        check(page, "f-steps-0-options-1-best");
        typeInto(page, "f-steps-0-options-1-feedback", "Bra. Du är saklig.");
        focus(page, "add-step");
        page.keyboard().press("Enter");

        assertThat(page.locator("#f-steps-1-prompt")).isFocused();
        assertThat(page.locator("#f-steps-1")).containsText("Beslutspunkt 2 (dp2)");
        typeInto(page, "f-steps-1-prompt", "Hur skriver du beslutet?");
        typeInto(page, "f-steps-1-options-0-text", "Med en standardtext.");
        typeInto(page, "f-steps-1-options-0-feedback", "Beslutet behöver en motivering.");
        typeInto(page, "f-steps-1-options-1-text", "Med en tydlig motivering.");
        choose(page, "f-steps-1-options-1-score", "2");
        typeInto(page, "f-steps-1-options-1-feedback", "Rätt. Motiveringen gör beslutet begripligt.");
        typeInto(page, "f-reflection", "Vad gör din arbetsgrupp när någon är arg?");
        choose(page, "f-steps-0-options-0-next", "Beslutspunkt 2");
        choose(page, "f-steps-0-options-1-next", "Beslutspunkt 2");
        focus(page, "save");
        page.keyboard().press("Enter");

        assertThat(page.locator("#save-status")).containsText("Fallet är sparat. Det har 1 fel");
        assertThat(page.locator("#problems h2")).hasText("1 fel i fallet");
        assertThat(page.locator("#problems li")).hasText(
                "Beslutspunkt 2 (dp2), alternativen: Markera exakt ett alternativ som bästa alternativet.");
        assertThat(page.locator("#f-steps-1-options-problem")).containsText("Markera exakt ett alternativ");
        assertThat(page.locator("#f-steps-1-options-1-best")).hasAttribute("aria-describedby",
                Pattern.compile(".*f-steps-1-options-problem.*"));
        assertThat(page.locator("#flow")).containsText("Fel: Markera exakt ett alternativ som bästa alternativet.");
        assertThat(page.locator("#flow")).containsText("B: Du handlägger ärendet i tur och ordning och hör av dig.");
        assertThat(page.locator("#flow")).containsText("leder till beslutspunkt 2 (dp2)");
        JsonNode saved = client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, trainer).json();
        assertThat(saved.path("title").asString()).isEqualTo(title);
        assertThat(saved.path("steps").get(0).path("options").get(1).path("best").asBoolean()).isTrue();
        assertThat(saved.path("steps").get(0).path("options").get(0).path("next").asString()).isEqualTo("dp2");
        assertThat(saved.path("narrative").asString()).isEqualTo("Ett bidrag har dröjt i sex månader.\n\nDen sökande ringer och är arg.");
        Browser.assertAccessible(page, "case editor with a problem shown");

        focusWhere(page, "Shift+Tab", "document.activeElement.closest('#problems') && document.activeElement.tagName === 'A'");
        page.keyboard().press("Enter");
        assertThat(page.locator("#f-steps-1-options-0-best")).isFocused();
        check(page, "f-steps-1-options-1-best");
        focus(page, "save");
        page.keyboard().press("Enter");

        assertThat(page.locator("#save-status")).hasText("Fallet är sparat. Det har inga fel.");
        assertThat(page.locator("#problems h2")).hasText("Inga fel i fallet");
        assertThat(page.locator("#f-steps-1-options-problem")).isEmpty();
        assertThat(page.locator("#problems")).not().containsText("null");
        assertThat(page.locator("#f-steps-1-options-1-best")).not().hasAttribute("aria-describedby",
                Pattern.compile(".*problem.*"));
        assertThat(page.locator("#flow")).containsText("Bästa vägen: dp1 B, dp2 B, sedan slut. Högsta möjliga poäng: 4.");
        assertThat(page.locator("#flow")).not().containsText("Fel:");
        Browser.assertAccessible(page, "case editor without problems");

        assertThat(page.locator("#preview-link")).hasAttribute("href", "../fall.html?utkast=" + draftId + "&fall=case-01");
        focus(page, "preview-link");
        page.keyboard().press("Enter");
        page.waitForURL(browser.baseUrl + "/fall.html?utkast=" + draftId + "&fall=case-01");
        // the trainer plays the case just written, as a learner would, before publishing it
        assertThat(page.locator(".preview-banner-title")).hasText("Förhandsgranskning – inget sparas");
        assertThat(page.locator("h1")).hasText(title);
        playTheBestPath(page, "Gå vidare till reflektionen och sammanfattningen");
        assertThat(page.locator(".case-summary .score")).hasText("Du fick 4 av 4 poäng.");
        Browser.assertAccessible(page, "preview of the written case");

        // back to the draft from the preview's summary, and publish it there
        Keyboard.tabTo(page, "Tillbaka till utkastet");
        page.keyboard().press("Enter");
        page.waitForURL(browser.baseUrl + "/forfatta/utkast.html?id=" + draftId);
        assertThat(page.locator("#historik")).not().hasText("Laddar …");
        focus(page, "publicera");
        page.keyboard().press("Enter");
        assertThat(page.locator("#publicerad")).hasText("Utkastet är publicerat som version 1 av " + courseId + ".");
        Browser.assertAccessible(page, "the draft just published");

        Credentials learner = api.newLearner();
        Page learnerPage = browser.newPage(Browser.WIDE);
        logIn(learnerPage, learner);
        assertThat(learnerPage.locator("h1")).hasText("Mina kurser");
        focusWhere(learnerPage, "Tab", "document.activeElement.tagName === 'BUTTON' && document.activeElement.closest('li')"
                + " && (document.activeElement.closest('li').querySelector('h3') || {}).textContent === 'Provkurs " + courseId + "'");
        learnerPage.keyboard().press("Enter");
        assertThat(learnerPage.locator("h1")).hasText("Provkurs " + courseId);
        assertThat(learnerPage.locator("#next-step")).hasText("Börja med fallet " + title);
        Keyboard.tabTo(learnerPage, "Börja med fallet " + title);
        learnerPage.keyboard().press("Enter");

        assertThat(learnerPage.locator("h1")).hasText(title);
        playTheBestPath(learnerPage, "Gå vidare till reflektionen");
        assertThat(learnerPage.locator("#reflection-heading")).isFocused();
        assertThat(learnerPage.locator("main")).containsText("Vad gör din arbetsgrupp när någon är arg?");
        Keyboard.tabTo(learnerPage, "Se sammanfattningen av fallet");
        learnerPage.keyboard().press("Enter");

        assertThat(learnerPage.locator("h1")).hasText("Sammanfattning: " + title);
        assertThat(learnerPage.locator("main")).containsText("Du fick 4 av 4 poäng.");
    }

    @Test
    void twoTrainersEditTheSameCaseAndTheSecondSeesBothVersionsAndChooses() {
        Credentials tina = api.newTrainer();
        Credentials olle = api.newTrainer();
        String draftId = client.startDraft(tina, "{\"courseId\":\"" + AuthoringClient.newCourseId() + "\",\"copyOf\":\""
                + KasusApi.COURSE + "\"}");
        Page tinas = browser.newPage(Browser.WIDE);
        Page olles = browser.newPage(Browser.WIDE);
        logIn(tinas, tina);
        logIn(olles, olle);
        tinas.navigate(editor(draftId, "case-01"));
        olles.navigate(editor(draftId, "case-01"));
        assertThat(tinas.locator("h1")).hasText("Redigera fall: Den arga sökanden");
        assertThat(olles.locator("h1")).hasText("Redigera fall: Den arga sökanden");

        replaceText(tinas, "f-title", "Tinas titel");
        focus(tinas, "save");
        tinas.keyboard().press("Enter");
        assertThat(tinas.locator("#save-status")).containsText("Fallet är sparat.");

        replaceText(olles, "f-title", "Olles titel");
        replaceText(olles, "f-steps-0-prompt", "Olles fråga?");
        focus(olles, "save");
        olles.keyboard().press("Enter");

        assertThat(olles.locator("#conflict-heading")).isFocused();
        assertThat(olles.locator("#conflict-heading")).hasText("Någon annan har sparat fallet");
        assertThat(olles.locator("#conflict table.diff tbody tr")).hasCount(2);
        assertThat(olles.locator("#conflict table.diff tbody tr").first()).containsText("Titel");
        assertThat(olles.locator("#conflict table.diff tbody tr").first().locator("td.mine")).hasText("Olles titel");
        assertThat(olles.locator("#conflict table.diff tbody tr").first().locator("td.theirs")).hasText("Tinas titel");
        assertThat(olles.locator("#conflict table.diff tbody tr").nth(1)).containsText("Beslutspunkt 1 (dp1), fråga");
        assertThat(olles.locator("#f-title")).hasValue("Olles titel");
        assertThat(olles.locator("#conflict pre").nth(1)).containsText("\"title\": \"Tinas titel\"");
        assertThat(client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, olle).json().path("title").asString())
                .as("Olle's refused save changed nothing").isEqualTo("Tinas titel");
        Browser.assertAccessible(olles, "case editor showing both versions after a conflict");

        focus(olles, "keep-mine");
        olles.keyboard().press("Enter");
        assertThat(olles.locator("#save-status")).containsText("Fallet är sparat.");
        assertThat(olles.locator("#conflict")).isHidden();
        JsonNode kept = client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, olle).json();
        assertThat(kept.path("title").asString()).isEqualTo("Olles titel");
        assertThat(kept.path("steps").get(0).path("prompt").asString()).isEqualTo("Olles fråga?");

        replaceText(tinas, "f-reflection", "Tinas reflektionsfråga?");
        focus(tinas, "save");
        tinas.keyboard().press("Enter");
        assertThat(tinas.locator("#conflict-heading")).isFocused();
        focus(tinas, "take-theirs");
        tinas.keyboard().press("Enter");

        assertThat(tinas.locator("#f-title")).hasValue("Olles titel");
        assertThat(tinas.locator("#f-reflection")).not().hasValue("Tinas reflektionsfråga?");
        assertThat(tinas.locator("#conflict details.previous-version pre")).containsText("Tinas reflektionsfråga?");
        replaceText(tinas, "f-role", "Sara, handläggare på enheten.");
        focus(tinas, "save");
        tinas.keyboard().press("Enter");
        assertThat(tinas.locator("#save-status")).containsText("Fallet är sparat.");
        JsonNode last = client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, tina).json();
        assertThat(last.path("title").asString()).isEqualTo("Olles titel");
        assertThat(last.path("role").asString()).isEqualTo("Sara, handläggare på enheten.");
    }

    @Test
    void theEditorHasNoAxeViolationsWithAndWithoutProblemsShown() {
        Credentials trainer = api.newTrainer();
        String draftId = client.startDraft(trainer, "{\"courseId\":\"" + AuthoringClient.newCourseId() + "\",\"copyOf\":\""
                + KasusApi.COURSE + "\"}");
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);

        page.navigate(editor(draftId, "case-01"));
        assertThat(page.locator("#problems h2")).hasText("Inga fel i fallet");
        assertThat(page.locator("#flow")).containsText("Alla beslutspunkter kan nås från starten.");
        Browser.assertAccessible(page, "case editor of a case without problems");
        Browser.screenshots(page, "fallredigerare");

        ObjectNode broken = (ObjectNode) client.get(DRAFTS + "/" + draftId + "/documents/" + CASE, trainer).json();
        ((ObjectNode) broken.get("steps").get(0).get("options").get(0)).put("next", "dp9");
        ((ObjectNode) broken.get("steps").get(1).get("options").get(1)).put("best", false);
        Answer written = client.putDocument(trainer, draftId, CASE, broken, client.revision(trainer, draftId));
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        page.navigate(editor(draftId, "case-01"));

        assertThat(page.locator("#problems h2")).hasText("2 fel i fallet");
        assertThat(page.locator("#problems")).not().containsText("null");
        assertThat(page.locator("#f-steps-0-options-0-next-problem")).containsText("leder till ett steg som inte finns");
        assertThat(page.locator("#f-steps-0-options-0-next")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#f-steps-0-options-0-next")).hasValue("dp9");
        assertThat(page.locator("#flow")).containsText("dp9, som inte finns");
        Browser.assertAccessible(page, "case editor with problems shown");
        page.evaluate("() => window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(
                System.getProperty("kasus.screenshots.dir", "target/screenshots"), "fallredigerare-fel-1280.png")));
    }

    /** A new course in a draft: the shipped course's first module and quiz, the module listing case-01, no case file yet. */
    private String newCourseWithoutItsCase(Credentials trainer, String courseId) {
        String copyId = client.startDraft(trainer, "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        Map<String, JsonNode> shipped = new LinkedHashMap<>();
        for (String path : new String[] {"course.yaml", "principles.yaml", "modules/m1.yaml", "quizzes/quiz-m1.yaml"}) {
            shipped.put(path, client.get(DRAFTS + "/" + copyId + "/documents/" + path, trainer).json());
        }
        assertThat(client.send("DELETE", DRAFTS + "/" + copyId, trainer, null, "\"1\"").status()).isEqualTo(204);
        ObjectNode course = (ObjectNode) shipped.get("course.yaml");
        course.put("id", courseId).put("title", "Provkurs " + courseId);
        course.set("modules", JSON.createArrayNode().add("M1"));
        ArrayNode cases = JSON.createArrayNode().add("case-01");
        ((ObjectNode) shipped.get("modules/m1.yaml")).set("cases", cases);
        ObjectNode body = JSON.createObjectNode().put("courseId", courseId);
        body.set("documents", JSON.valueToTree(shipped));
        return client.startDraft(trainer, JSON.writeValueAsString(body));
    }

    private String editor(String draftId, String caseId) {
        return browser.baseUrl + "/forfatta/fall.html?utkast=" + draftId + "&fall=" + caseId;
    }

    /** Plays the written case's best path by keyboard (B at both decision points) and leaves by {@code onwards}. */
    private static void playTheBestPath(Page page, String onwards) {
        assertThat(page.locator("legend")).hasText("Vad gör du först?");
        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Bra. Du är saklig.");
        Keyboard.tabTo(page, "Fortsätt till nästa beslutspunkt");
        page.keyboard().press("Enter");
        assertThat(page.locator("legend")).hasText("Hur skriver du beslutet?");
        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Motiveringen gör beslutet begripligt.");
        Keyboard.tabTo(page, onwards);
        page.keyboard().press("Enter");
    }

    /** Moves the focus with Tab (or Shift+Tab, when the element comes earlier) until it is on the element with the id. */
    private static void focus(Page page, String id) {
        String forward = "id => { const t = document.getElementById(id); const a = document.activeElement;"
                + " return !a || a === document.body || !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING); }";
        String key = Boolean.TRUE.equals(page.evaluate(forward, id)) ? "Tab" : "Shift+Tab";
        for (int i = 0; i < MAX_KEYS; i++) {
            if (Boolean.TRUE.equals(page.evaluate("id => document.activeElement && document.activeElement.id === id", id))) {
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError("could not reach #" + id + " with " + key + "; focus is on " + Keyboard.focusedText(page));
    }

    /** Presses Tab (or Shift+Tab) until the focused element fits the condition (JavaScript over document.activeElement). */
    private static void focusWhere(Page page, String key, String condition) {
        for (int i = 0; i < MAX_KEYS; i++) {
            page.keyboard().press(key);
            if (Boolean.TRUE.equals(page.evaluate("() => Boolean(" + condition + ")"))) {
                return;
            }
        }
        throw new AssertionError("could not reach an element where " + condition);
    }

    private static void typeInto(Page page, String id, String text) {
        focus(page, id);
        page.keyboard().type(text);
        assertThat(page.locator("#" + id)).hasValue(text);
    }

    private static void replaceText(Page page, String id, String text) {
        focus(page, id);
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().type(text);
        assertThat(page.locator("#" + id)).hasValue(text);
    }

    private static void check(Page page, String id) {
        focus(page, id);
        page.keyboard().press("Space");
        assertThat(page.locator("#" + id)).isChecked();
    }

    /** Chooses the option of a select whose text starts with {@code text}, with the arrow keys. */
    private static void choose(Page page, String id, String text) {
        focus(page, id);
        String selected = "id => { const s = document.getElementById(id); return s.options[s.selectedIndex].text; }";
        for (String key : new String[] {"ArrowDown", "ArrowUp"}) {
            for (int i = 0; i < 12; i++) {
                if (String.valueOf(page.evaluate(selected, id)).startsWith(text)) {
                    return;
                }
                page.keyboard().press(key);
            }
        }
        throw new AssertionError("could not choose " + text + " in #" + id);
    }
}
