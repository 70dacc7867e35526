package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trainers' editor pages, by keyboard: Författa (drafts and starting one), a draft (contents, problems, publish,
 * history and diff) and the JSON editor (save with If-Match, both versions after a conflict).
 */
class AuthoringPagesBrowserIT extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TABS = 250;

    @Test
    void aTrainerCopiesTheCourseBreaksAndFixesAModulePublishesTwiceAndComparesTheVersions() {
        Credentials trainer = api.newTrainer();
        String courseId = "utkast-it-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);
        page.navigate(browser.baseUrl + "/");
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Författa"))).isVisible();

        page.navigate(browser.baseUrl + "/forfatta/index.html");
        assertThat(page.locator("h1")).hasText("Författa");
        assertThat(page.locator("#fran-kurs")).isVisible();
        Browser.assertAccessible(page, "Författa");

        tabToName(page, "Publicerad kurs");
        chooseByArrows(page, KasusApi.COURSE);
        tabToName(page, "Id för utkastets kurs");
        page.keyboard().type("Ogiltigt Id");
        tabToName(page, "Börja utkastet");
        page.keyboard().press("Enter");
        assertThat(page.locator("#nytt-id-error")).containsText("små bokstäver a–z, siffror och bindestreck");
        assertThat(page.locator("#nytt-id")).isFocused();
        Browser.assertAccessible(page, "Författa with a rejected course id");
        page.keyboard().press("Control+A");
        page.keyboard().type(courseId);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/forfatta/utkast\\.html\\?id=.*"));

        assertThat(page.locator("h1")).hasText("Utkast: Mänskliga rättigheter i offentlig verksamhet");
        assertThat(page.locator("dl.meta")).containsText(courseId);
        assertThat(page.locator("#problem-inga")).hasText("Utkastet har inga problem. Det kan publiceras.");
        assertThat(page.locator(".draft-module")).hasCount(6);
        assertThat(page.locator("a[aria-label=\"Förhandsgranska fallet Den arga sökanden\"]"))
                .hasAttribute("href", Pattern.compile("^\\.\\./fall\\.html\\?utkast=[^&]+&fall=case-01$"));
        assertThat(page.locator("a[aria-label=\"Redigera fallet Den arga sökanden\"]"))
                .hasAttribute("href", Pattern.compile("^fall\\.html\\?utkast=[^&]+&fall=case-01$"));
        Browser.assertAccessible(page, "a new draft");
        String draftUrl = page.url();

        // A problem: the module names a question bank that does not exist.
        tabToName(page, "Redigera som JSON: modulen M1");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Redigera modules/m1.yaml");
        assertThat(page.locator("#rubrik-problem")).hasText("Problem i utkastet (0)");
        Browser.assertAccessible(page, "the JSON editor");
        ObjectNode module = (ObjectNode) JSON.readTree(page.locator("#json").inputValue());
        String original = module.toString();
        module.put("quiz", "quiz-m9");
        replaceText(page, "Dokumentet modules/m1.yaml som JSON", module.toString());
        tabToName(page, "Spara");
        page.keyboard().press("Enter");
        assertThat(page.locator("#sparat")).containsText("Dokumentet är sparat");
        assertThat(page.locator("table.problems")).containsText("quiz-exists");
        assertThat(page.locator("table.problems")).containsText("Kunskapstestet som nämns finns inte.");

        openDraft(page, draftUrl);
        assertThat(page.locator("table.problems")).containsText("Kunskapstestet som nämns finns inte.");
        assertThat(page.locator("table.problems a").first()).hasText("modules/m1.yaml");
        Browser.assertAccessible(page, "a draft with a problem");
        tabToName(page, "modules/m1.yaml");
        page.keyboard().press("Enter");
        assertThat(page.locator("#json-hint")).containsText("fältet quiz");
        replaceText(page, "Dokumentet modules/m1.yaml som JSON", original);
        tabToName(page, "Spara");
        page.keyboard().press("Enter");
        assertThat(page.locator("#sparat")).containsText("Utkastet har inga problem.");

        openDraft(page, draftUrl);
        tabToName(page, "Publicera");
        page.keyboard().press("Enter");
        assertThat(page.locator("#publicerad")).hasText("Utkastet är publicerat som version 1 av " + courseId + ".");
        assertThat(page.locator("#versioner tbody tr")).hasCount(1);

        // A second version with a new title for module 1, and the difference between the two.
        openDraft(page, draftUrl);
        tabToName(page, "Redigera som JSON: modulen M1");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Redigera modules/m1.yaml");
        ObjectNode renamed = (ObjectNode) JSON.readTree(original);
        renamed.put("title", "Grunderna i en ny version");
        replaceText(page, "Dokumentet modules/m1.yaml som JSON", renamed.toString());
        tabToName(page, "Spara");
        page.keyboard().press("Enter");
        assertThat(page.locator("#sparat")).containsText("Utkastet har inga problem.");
        openDraft(page, draftUrl);
        tabToName(page, "Publicera");
        page.keyboard().press("Enter");
        assertThat(page.locator("#publicerad")).hasText("Utkastet är publicerat som version 2 av " + courseId + ".");
        assertThat(page.locator("#versioner tbody tr")).hasCount(2);
        assertThat(page.locator("#diff-fran")).hasValue("1");
        assertThat(page.locator("#diff-till")).hasValue("2");
        tabToName(page, "Visa skillnader");
        page.keyboard().press("Enter");
        assertThat(page.locator("pre.diff ins.diff-add").filter(new Locator.FilterOptions().setHasText("Grunderna i en ny version")))
                .containsText("Tillagd: +");
        assertThat(page.locator("pre.diff del.diff-del").filter(new Locator.FilterOptions()
                .setHasText("den gemensamma värdegrunden"))).containsText("Borttagen: -");
        assertThat(page.locator("a[href=\"/api/authoring/courses/" + courseId + "/export\"]")).isVisible();
        Browser.assertAccessible(page, "a published draft with the diff of two versions");
    }

    @Test
    void twoTrainersSavingTheSameDocumentTheSecondSeesBothVersionsAndKeepsTheirs() {
        Credentials tina = api.newTrainer();
        Credentials olle = api.newTrainer();
        String courseId = "utkast-it-" + UUID.randomUUID().toString().substring(0, 8);
        KasusApi.Reply started = api.post("api/authoring/drafts", tina,
                "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String draftId = started.json().path("draftId").asString();
        String editor = browser.baseUrl + "/forfatta/dokument.html?utkast=" + draftId + "&sokvag=course.yaml";

        Page tinas = browser.newPage(Browser.WIDE);
        logIn(tinas, tina);
        tinas.navigate(editor);
        assertThat(tinas.locator("#rubrik-problem")).hasText("Problem i utkastet (0)");
        Page olles = browser.newPage(Browser.WIDE);
        logIn(olles, olle);
        olles.navigate(editor);
        assertThat(olles.locator("#rubrik-problem")).hasText("Problem i utkastet (0)");

        ObjectNode tinasCourse = (ObjectNode) JSON.readTree(tinas.locator("#json").inputValue());
        tinasCourse.put("summary", "Tinas sammanfattning.");
        replaceText(tinas, "Dokumentet course.yaml som JSON", tinasCourse.toString());
        tabToName(tinas, "Spara");
        tinas.keyboard().press("Enter");
        assertThat(tinas.locator("#sparat")).containsText("Dokumentet är sparat");

        ObjectNode ollesCourse = (ObjectNode) JSON.readTree(olles.locator("#json").inputValue());
        ollesCourse.put("audience", "Olles målgrupp.");
        replaceText(olles, "Dokumentet course.yaml som JSON", ollesCourse.toString());
        tabToName(olles, "Spara");
        olles.keyboard().press("Enter");

        assertThat(olles.locator("#rubrik-konflikt")).hasText("Någon annan har ändrat utkastet");
        assertThat(olles.locator("#rubrik-konflikt")).isFocused();
        assertThat(olles.getByLabel("Din version")).hasValue(Pattern.compile("Olles målgrupp\\."));
        assertThat(olles.getByLabel(Pattern.compile("^Den aktuella versionen"))).hasValue(Pattern.compile("Tinas sammanfattning\\."));
        Browser.assertAccessible(olles, "the JSON editor after a conflict");
        Browser.screenshots(olles, "forfatta-dokument-konflikt");
        tabToName(olles, "Behåll min version");
        olles.keyboard().press("Enter");
        assertThat(olles.locator("#sparat")).containsText("Dokumentet är sparat");
        assertThat(olles.locator("#konflikt")).isEmpty();

        JsonNode saved = api.get("api/authoring/drafts/" + draftId + "/documents/course.yaml", tina).json();
        assertThat(saved.path("audience").asString()).isEqualTo("Olles målgrupp.");
        assertThat(saved.path("summary").asString()).as("Olle kept his version").isNotEqualTo("Tinas sammanfattning.");
    }

    @Test
    void aTrainerAddsAModuleAndACaseAndRemovesTheCaseAfterConfirming() {
        Credentials trainer = api.newTrainer();
        String courseId = "utkast-it-" + UUID.randomUUID().toString().substring(0, 8);
        KasusApi.Reply started = api.post("api/authoring/drafts", trainer,
                "{\"courseId\":\"" + courseId + "\",\"copyOf\":\"" + KasusApi.COURSE + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String draftId = started.json().path("draftId").asString();
        String draft = "api/authoring/drafts/" + draftId;
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);
        String draftUrl = browser.baseUrl + "/forfatta/utkast.html?id=" + draftId;
        openDraft(page, draftUrl);
        assertThat(page.locator(".draft-module")).hasCount(6);
        Browser.screenshots(page, "forfatta-utkast");

        tabToName(page, "Modulens id");
        page.keyboard().type("M7");
        tabToName(page, "Modulens titel");
        page.keyboard().type("En sjunde modul");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/forfatta/dokument\\.html\\?utkast=" + draftId + "&sokvag=modules%2Fm7\\.yaml$"));
        assertThat(page.locator("h1")).hasText("Redigera modules/m7.yaml");
        assertThat(api.get(draft + "/documents/course.yaml", trainer).json().path("modules").toString()).contains("\"M7\"");

        openDraft(page, draftUrl);
        assertThat(page.locator(".draft-module")).hasCount(7);
        tabToName(page, "Skapa modulen");
        page.keyboard().press("Tab");
        chooseByArrows(page, "M7");
        tabToName(page, "Fallets id");
        page.keyboard().type("case-11");
        tabToName(page, "Fallets titel");
        page.keyboard().type("Ett nytt testfall");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/forfatta/fall\\.html\\?utkast=" + draftId + "&fall=case-11$"));
        assertThat(api.get(draft + "/documents/modules/m7.yaml", trainer).json().path("cases").toString()).isEqualTo("[\"case-11\"]");
        assertThat(api.get(draft + "/documents/cases/case-11.yaml", trainer).json().path("title").asString()).isEqualTo("Ett nytt testfall");

        openDraft(page, draftUrl);
        tabToName(page, "Ta bort fallet Ett nytt testfall");
        page.keyboard().press("Enter");
        assertThat(page.locator("#bekrafta-fraga")).isFocused();
        assertThat(page.locator("#bekrafta-fraga")).containsText("Vill du ta bort fallet Ett nytt testfall (cases/case-11.yaml)");
        Browser.assertAccessible(page, "removing a case, confirmation");
        tabToName(page, "Ja, ta bort");
        page.keyboard().press("Enter");
        assertThat(page.locator("#bekrafta")).hasCount(0);
        assertThat(page.locator("table.problems")).containsText("cases/case-11.yaml");
        assertThat(api.get(draft, trainer).json().path("documents").toString()).doesNotContain("cases/case-11.yaml");
    }

    @Test
    void aTrainerStartsAnEmptyCourseAndIsToldWhyItCannotBePublishedYet() {
        Credentials trainer = api.newTrainer();
        String courseId = "utkast-it-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);
        page.navigate(browser.baseUrl + "/forfatta/index.html");
        assertThat(page.locator("#ny-kurs")).isVisible();

        tabToName(page, "Kursens id");
        page.keyboard().type(courseId);
        tabToName(page, "Kursens titel");
        page.keyboard().type("En helt ny kurs");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/forfatta/utkast\\.html\\?id=.*"));
        assertThat(page.locator("h1")).hasText("Utkast: En helt ny kurs");
        assertThat(page.locator("#historik")).hasText("Kursen har inte publicerats ännu.");
        assertThat(page.locator("table.problems")).containsText("Mappen saknas");

        tabToName(page, "Publicera");
        page.keyboard().press("Enter");
        assertThat(page.locator("#publicera-fel")).isFocused();
        assertThat(page.locator("#publicera-fel")).containsText("Utkastet publicerades inte");
        assertThat(page.locator("#publicera-problem")).containsText("folder-exists");
        Browser.assertAccessible(page, "an empty course refused for publishing");
    }

    @Test
    void aLearnerIsToldTheEditorIsForTrainers() {
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, api.newLearner());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Författa"))).hasCount(0);
        for (String path : List.of("index.html", "utkast.html?id=x", "dokument.html?utkast=x&sokvag=course.yaml")) {
            page.navigate(browser.baseUrl + "/forfatta/" + path);
            assertThat(page.locator("h1")).hasText("Du har inte behörighet");
            assertThat(page.locator("main")).containsText("Sidan är för utbildare och administratörer.");
            assertThat(page.locator("textarea, form#fran-kurs")).hasCount(0);
        }
        Browser.assertAccessible(page, "an editor page for a learner");
    }

    /** Tabs until the focused element's aria-label, label, text or value contains {@code name} (the editor pages are long). */
    private static void tabToName(Page page, String name) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object label = page.evaluate("() => { const e = document.activeElement;"
                    + " return !e || e === document.body ? null : e.getAttribute('aria-label') || ''; }");
            if (label != null && (label + " " + Keyboard.focusedText(page)).contains(name)) {
                return;
            }
        }
        throw new AssertionError("could not reach \"" + name + "\" with Tab; focus is on: " + Keyboard.focusedText(page));
    }

    /** Opens a draft's page and waits until all of it, the published versions last, is shown. */
    private static void openDraft(Page page, String url) {
        page.navigate(url);
        assertThat(page.locator("#historik")).not().hasText("Laddar …");
    }

    /** Arrow keys on the focused select until {@code value} is chosen. */
    private static void chooseByArrows(Page page, String value) {
        for (int i = 0; i < 200; i++) {
            if (value.equals(page.evaluate("() => document.activeElement.value"))) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("could not choose " + value);
    }

    /** Tabs to the text area labelled {@code label} (from the top of a freshly loaded page), selects all and types {@code text}. */
    private static void replaceText(Page page, String label, String text) {
        tabToName(page, label);
        page.keyboard().press("Control+A");
        page.keyboard().insertText(text);
    }
}
