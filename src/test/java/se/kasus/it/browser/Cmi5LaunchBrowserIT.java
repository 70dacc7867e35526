package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.it.cmi5.Cmi5Launch;
import se.kasus.it.cmi5.Cmi5LaunchIT;
import se.kasus.it.cmi5.FakeLms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance of issue 10's AU launch in Chromium, with {@link FakeLms} as the LMS: it writes LMS.LaunchData and
 * opens case-01's AU URL; the learner plays it with the keyboard in the LMS layout and leaves through "Avsluta och gå
 * tillbaka" to the LMS's returnURL; the LMS's LRS has initialized, the answered statements, completed and terminated
 * in that order, each with the cmi5 context template. A second launch in Browse sends no completed; opening a used
 * launch URL again (a second call to its fetch URL, which the LMS refuses) shows the Swedish error page. axe checks
 * the launched page and the error page. The case counts in Kasus as if played there.
 */
class Cmi5LaunchBrowserIT extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String auId = Cmi5Launch.caseAuId("M1", "case-01");
    private FakeLms lms;

    @BeforeEach
    void startLms() {
        lms = new FakeLms().start();
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    @Test
    void anLmsLaunchesCase01ThePlayIsReportedToItsLrsAndBrowseSendsNoCompleted() {
        String actor = Cmi5Launch.actor("Lena Lärplattform");
        UUID registration = UUID.randomUUID();
        String firstSession = UUID.randomUUID().toString();
        String launch = lms.launch(Cmi5Launch.caseAuUrl("M1", "case-01"), actor, registration, auId,
                Cmi5Launch.launchData(firstSession, auId, "Normal", null, "Completed", lms.returnUrl()));
        Page page = browser.newPage(Browser.WIDE);

        page.navigate(launch);
        page.waitForURL(url -> url.contains("/fall.html?forsok=") && url.contains("&launch="));
        assertThat(page.locator("h1")).hasText("Den arga sökanden");
        assertThat(page.locator("body")).hasClass("lms");
        assertThat(page.locator("header.site nav")).isHidden();
        assertThat(page.locator("footer.site-footer")).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta och gå tillbaka")))
                .isVisible();
        Browser.assertAccessible(page, "case-01 launched from an LMS");
        play(page);
        leave(page);

        List<JsonNode> first = awaitStatements(5);
        assertThat(Cmi5Launch.verbs(first)).containsExactly("initialized", "answered", "answered", "completed",
                "terminated");
        first.forEach(s -> Cmi5LaunchIT.assertTemplate(s, registration, firstSession, auId));
        for (JsonNode defined : List.of(first.get(0), first.get(3), first.get(4))) {
            assertThat(Cmi5LaunchIT.categories(defined)).contains("https://w3id.org/xapi/cmi5/context/categories/cmi5");
            assertThat(defined.path("object").path("id").asString()).isEqualTo(auId);
        }
        assertThat(Cmi5LaunchIT.categories(first.get(3))).contains("https://w3id.org/xapi/cmi5/context/categories/moveon");
        assertThat(first.get(3).path("result").path("completion").asBoolean()).isTrue();
        assertThat(first.get(4).path("result").path("duration").asString()).startsWith("PT");
        assertThat(Cmi5LaunchIT.categories(first.get(1))).isEmpty();
        assertThat(first.get(1).path("result").path("response").asString()).isEqualTo("C");
        System.out.println("Statements of one launch as the LMS's LRS received them:\n" + first);

        APIResponse enrollments = page.context().request().get(browser.baseUrl + "/api/enrollments",
                com.microsoft.playwright.options.RequestOptions.create().setHeader("X-Kasus-Request", "1"));
        JsonNode m1 = JSON.readTree(enrollments.text()).get(0).path("modules").get(0);
        assertThat(m1.path("cases").get(0).path("caseId").asString()).isEqualTo("case-01");
        assertThat(m1.path("cases").get(0).path("status").asString()).isEqualTo("FINISHED");

        String browseSession = UUID.randomUUID().toString();
        String browse = lms.launch(Cmi5Launch.caseAuUrl("M1", "case-01"), actor, registration, auId,
                Cmi5Launch.launchData(browseSession, auId, "Browse", null, "Completed", lms.returnUrl()));
        page.navigate(browse);
        page.waitForURL(url -> url.contains("/fall.html?forsok=") && url.contains("&launch="));
        assertThat(page.locator("h1")).hasText("Den arga sökanden");
        play(page);
        leave(page);
        List<JsonNode> all = awaitStatements(9);
        List<JsonNode> second = all.subList(5, all.size());
        assertThat(Cmi5Launch.verbs(second)).containsExactly("initialized", "answered", "answered", "terminated");
        second.forEach(s -> Cmi5LaunchIT.assertTemplate(s, registration, browseSession, auId));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> lms.received().size() == 9);

        page.navigate(launch);
        assertThat(page.locator("h1")).hasText("Kursen kunde inte starta");
        assertThat(page.locator("#launch-error")).hasText("Starten har redan använts eller har gått ut. Gå tillbaka"
                + " till lärplattformen och starta kursen igen.");
        Browser.assertAccessible(page, "launch error page");
        assertThat(lms.fetchPosts()).isEqualTo(3);
    }

    /** case-01 with the keyboard: C at the first decision point, B at the second. */
    private static void play(Page page) {
        Keyboard.chooseRadio(page, "option", "C");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Poäng: 1 av 2");
        page.reload();
        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");
        assertThat(page.locator("body")).hasClass("lms");
        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Poäng: 2 av 2");
    }

    private void leave(Page page) {
        // Tab until the button itself has focus (past the last element the focus is on <body>, whose text holds
        // every label, so Keyboard.tabTo's text match cannot be used for a control in the header).
        for (int i = 0; i < 80 && !Boolean.TRUE.equals(page.evaluate("() => document.activeElement.id === 'lms-exit'")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#lms-exit")).isFocused();
        page.keyboard().press("Enter");
        try {
            page.waitForURL(url -> url.startsWith(lms.returnUrl()));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("still at " + page.url() + ", status: "
                    + page.locator("#lms-exit-status").textContent(), e);
        }
        assertThat(page.locator("h1")).hasText("Back in the LMS");
    }

    private List<JsonNode> awaitStatements(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> lms.received().size() >= count);
        return lms.received();
    }
}
