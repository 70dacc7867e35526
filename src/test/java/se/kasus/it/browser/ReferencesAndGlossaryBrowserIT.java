package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 in the browser: a case's references on its summary (no editorial status), a module's key concepts that
 * open their glossary definition, the glossary page, and the trainers' list of references due for review; axe-core
 * on every page.
 */
class ReferencesAndGlossaryBrowserIT extends BrowserTestBase {

    @Test
    void aLearnerReadsTheCasesSourcesAndTheGlossary() {
        Credentials learner = api.newLearner("Lisa Läsare");
        String enrollment = api.enroll(learner);
        String attempt = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attempt, "dp1", "B");
        api.decide(learner, attempt, "dp2", "B");

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        page.navigate(browser.baseUrl + "/sammanfattning.html?forsok=" + attempt);
        Locator sources = page.locator(".refs").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Källor i fallet"))));
        assertThat(sources.locator("li")).hasCount(15);
        assertThat(page.locator("main")).not().containsText("kontrollera aktuell lydelse");
        Browser.assertAccessible(page, "case summary with the case's sources");

        page.navigate(browser.baseUrl + "/kurs.html?id=" + enrollment);
        Locator concept = page.locator("details.term summary").filter(new Locator.FilterOptions().setHasText("rättighetsbärare"))
                .first();
        concept.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("details.term[open]").first()).containsText("Den som har mänskliga rättigheter");
        Browser.assertAccessible(page, "course overview with a key concept open");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hela ordlistan")).first().click();
        assertThat(page.locator("h1")).containsText("Ordlista");
        assertThat(page.locator("dl.glossary dt")).hasCount(api.get("api/courses/mr-offentlig-verksamhet", learner)
                .json().path("glossary").size());
        assertThat(page.locator("#begrepp-myndighetsutovning")).hasText("myndighetsutövning");
        Browser.assertAccessible(page, "glossary");
    }

    @Test
    void aTrainerSeesTheReferencesDueForReviewAndALearnerDoesNot() {
        Credentials trainer = api.newTrainer();

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);
        page.navigate(browser.baseUrl + "/");
        Locator navLink = page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Källor att granska"));
        assertThat(navLink).isVisible();
        navLink.click();
        assertThat(page.locator("h1")).hasText("Källor att granska");
        // Other tests publish copies of the shipped course on this server: look at the shipped course's section only.
        Locator shipped = page.locator("section:has(#kurs-" + KasusApi.COURSE + ")");
        assertThat(shipped.locator(".due-count")).hasText("142 källor behöver granskas.");
        Locator row = shipped.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("(ekmr-art-14)"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Verifierad");
        assertThat(row).containsText("aldrig granskad");
        assertThat(row).containsText("(case-08), fallets källor");
        Browser.assertAccessible(page, "references due for review");

        Page learnerPage = browser.newPage(Browser.WIDE);
        logIn(learnerPage, api.newLearner());
        assertThat(learnerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Källor att granska"))).hasCount(0);
        learnerPage.navigate(browser.baseUrl + "/forfatta/granskning.html");
        assertThat(learnerPage.locator("h1")).hasText("Du har inte behörighet");
        Browser.assertAccessible(learnerPage, "references due for review, learner");
    }
}
