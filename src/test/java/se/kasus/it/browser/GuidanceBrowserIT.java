package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;

/**
 * Guidance around the learner's pages: logging out forgets the previous person's place, the next step after
 * a case summary, the reflection's limits and unsaved text, and links without the id they need.
 */
class GuidanceBrowserIT extends BrowserTestBase {

    @Test
    void afterLogoutBackSaysLoggedOutAndTheNextPersonLandsOnMinaKurser() {
        Credentials first = api.newLearner();
        String attemptId = api.startCase(first, api.enroll(first), "case-01");
        api.decide(first, attemptId, "dp1", "B");
        Credentials second = api.newLearner("Nästa");
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, first);
        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attemptId);
        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page).hasURL(Pattern.compile(".*/logga-in\\.html\\?utloggad=1$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du har loggat ut.");
        Browser.assertAccessible(page, "login after logout");

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/logga-in\\.html\\?utloggad=1$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du har loggat ut.");
        assertThat(page.locator("#login-message")).not().containsText("inte har gjort något på en stund");

        page.getByLabel("Användarnamn").fill(second.username());
        page.getByLabel("Lösenord").fill(second.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.locator("h1")).hasText("Mina kurser");
        assertThat(page.locator("#user-name")).hasText("Nästa");
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
    }

    @Test
    void theCaseSummaryOffersTheNextStep() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        api.decide(learner, attemptId, "dp1", "B");
        api.decide(learner, attemptId, "dp2", "B");
        Page page = browser.newPage(Browser.NARROW);
        logIn(page, learner);

        page.navigate(browser.baseUrl + "/sammanfattning.html?forsok=" + attemptId);
        assertThat(page.locator("#next-step")).hasText("Fortsätt med kunskapstestet för modul 1");
        assertThat(page.locator("main")).containsText("Du fick 4 av 4 poäng.");
        Browser.assertAccessible(page, "case summary with every best choice");
        page.locator("#next-step").click();
        assertThat(page).hasURL(Pattern.compile(".*/test\\.html\\?forsok=[^&]+$"));
    }

    @Test
    void aTooLongReflectionShowsTheServersMessageAndUnsavedTextIsGuarded() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        api.decide(learner, attemptId, "dp1", "A");
        api.decide(learner, attemptId, "dp2", "A");
        Page page = browser.newPage(Browser.NARROW);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attemptId);
        assertThat(page.locator("#reflection-heading")).isFocused();

        page.locator("#reflection-text").fill("a".repeat(10_001));
        assertThat(page.locator("#reflection-count")).hasText("10\u00a0001 av högst 10\u00a0000 tecken. Ta bort 1 tecken.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaret")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Svaret får ha högst 10 000 tecken.");
        assertThat(page.locator("#reflection-text")).hasAttribute("aria-invalid", "true");
        Browser.assertAccessible(page, "reflection too long");

        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.dismiss();
        });
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till kursöversikten")).click();
        assertThat(page).hasURL(Pattern.compile(".*/fall\\.html\\?forsok=.*"));
        assertThat(asked.get()).startsWith("Du har inte sparat ditt svar.");

        page.locator("#reflection-text").fill("Kort svar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaret")).click();
        assertThat(page.getByText("Ditt svar är sparat.")).isInViewport();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till kursöversikten")).click();
        assertThat(page).hasURL(Pattern.compile(".*/kurs\\.html\\?id=.*"));
    }

    @Test
    void aLinkWithoutItsIdGivesAPlainMessage() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        for (String path : new String[] {"/kurs.html", "/kurs.html?id=undefined", "/fall.html", "/sammanfattning.html?forsok="}) {
            page.navigate(browser.baseUrl + path);
            assertThat(page.locator("h1")).hasText("Sidan saknar uppgifter");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Länken saknar uppgift om");
            assertThat(page.locator("main")).not().containsText("undefined");
        }
        Browser.assertAccessible(page, "a link without its id");

        page.navigate(browser.baseUrl + "/fall.html?forsok=finns-inte");
        assertThat(page.locator("h1")).hasText("Det finns inte här");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Länken kan vara fel eller gammal.");
        assertThat(page.locator("main")).not().containsText("med id");
    }
}
