package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;

/** Wrong passwords, expired sessions, lost connections and double clicks lose nothing and are explained in Swedish. */
class ResilienceBrowserIT extends BrowserTestBase {

    @Test
    void aWrongPasswordShowsAPlainSwedishMessage() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);

        submitLogin(page, new Credentials(learner.username(), "inte-rätt-lösenord"));

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Fel användarnamn eller lösenord");
        Browser.assertAccessible(page, "login with a wrong password");
    }

    @Test
    void anExpiredSessionSendsTheLearnerToLoginWithAnExplanation() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        assertThat(page.locator("h1")).hasText("Mina kurser");

        page.context().clearCookies();
        page.context().addCookies(List.of(new Cookie("KASUSSESSION", "0000expired-session-id")
                .setDomain("localhost").setPath("/")));
        page.navigate(browser.baseUrl + "/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/logga-in\\.html\\?utgangen=1.*"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Du har loggats ut eftersom du inte har gjort något på en stund");
    }

    @Test
    void aLostConnectionShowsAMessageAndTheChoiceIsKeptForTheNextTry() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attemptId);

        page.route("**/api/attempts/*/decisions", route -> route.abort());
        page.getByLabel("B. Du registrerar läkarintyget", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByText("Bekräfta ditt val").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("Det gick inte att nå Kasus");
        assertThat(page.locator("#option-dp1-B")).isChecked();
        assertThat(api.get("api/attempts/" + attemptId, learner).json().path("decisions")).isEmpty();
        Browser.assertAccessible(page, "case after a network error");

        page.unroute("**/api/attempts/*/decisions");
        page.getByText("Bekräfta ditt val").click();
        assertThat(page.locator(".feedback")).containsText("Poäng: 2 av 2");
    }

    @Test
    void aDoubleClickOnTheChoiceRecordsOneDecision() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attemptId);

        page.locator("#option-dp1-C").check();
        page.getByText("Bekräfta ditt val").dblclick();

        assertThat(page.locator(".feedback")).containsText("Poäng: 1 av 2");
        assertThat(api.get("api/attempts/" + attemptId, learner).json().path("decisions")).hasSize(1);
    }

    @Test
    void comingBackInANewBrowserSessionShowsTheSameStep() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        api.decide(learner, attemptId, "dp1", "A");
        Page page = browser.newPage(Browser.NARROW);
        logIn(page, learner);

        page.getByText("Fortsätt med fallet Den arga sökanden").click();

        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");
        assertThat(page.locator("#stage h2")).isFocused();
        assertThat(page).hasTitle("Den arga sökanden – Fall – Kasus");
        assertThat(page.locator(".history")).containsText("Du valde A: 0 av 2 poäng");
    }
}
