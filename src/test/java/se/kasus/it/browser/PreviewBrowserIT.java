package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;

/**
 * A trainer previews a draft's case on the learner's case page (issue 8), with the keyboard only: the banner says
 * nothing is saved, the feedback is the learner's, the end shows the summary and the way back to the editor, and
 * nothing was recorded.
 */
class PreviewBrowserIT extends BrowserTestBase {

    private String newDraft(Credentials trainer) {
        KasusApi.Reply draft = api.post("api/authoring/drafts", trainer, "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return draft.json().path("draftId").asString();
    }

    @Test
    void aTrainerPlaysADraftsCaseToTheSummaryWithTheKeyboardUnderABannerThatSaysNothingIsSaved() {
        Credentials trainer = api.newTrainer();
        String draftId = newDraft(trainer);
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);

        page.navigate(browser.baseUrl + "/fall.html?utkast=" + draftId + "&fall=case-01");

        assertThat(page.locator("h1")).hasText("Den arga sökanden");
        assertThat(page).hasTitle("Den arga sökanden – Förhandsgranskning – Kasus");
        assertThat(page.locator(".preview-banner")).isVisible();
        assertThat(page.locator(".preview-banner-title")).hasText("Förhandsgranskning – inget sparas");
        assertThat(page.locator(".preview-banner a")).hasAttribute("href", "/forfatta/utkast.html?id=" + draftId);
        assertThat(page.locator("#announcer")).containsText("Förhandsgranskning – inget sparas");
        assertThat(page.locator("legend")).hasText("Hur hanterar du Mikaels ärende?");
        Browser.assertAccessible(page, "preview before a decision");

        Keyboard.chooseRadio(page, "option", "C");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");

        assertThat(page.locator("#feedback-heading")).isFocused();
        assertThat(page.locator(".feedback")).containsText("Poäng: 1 av 2");
        assertThat(page.locator(".feedback .best-option")).containsText("B. Du registrerar läkarintyget");
        assertThat(page.locator("#announcer")).containsText("valet sparas inte. Du fick 1 av 2 poäng");
        Browser.assertAccessible(page, "preview after feedback");
        Keyboard.tabTo(page, "Fortsätt till nästa beslutspunkt");
        page.keyboard().press("Enter");

        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 2 av 2");
        assertThat(page.locator("#stage h2")).isFocused();
        assertThat(page.locator(".history summary")).containsText("Du valde C: 1 av 2 poäng");
        assertThat(page.locator(".preview-banner")).isVisible();
        Keyboard.chooseRadio(page, "option", "B");
        Keyboard.tabTo(page, "Bekräfta ditt val");
        page.keyboard().press("Enter");
        assertThat(page.locator(".feedback")).containsText("Poäng: 2 av 2 – det bästa valet.");
        Keyboard.tabTo(page, "Gå vidare till reflektionen och sammanfattningen");
        page.keyboard().press("Enter");

        assertThat(page.locator("#reflection-heading")).isFocused();
        assertThat(page.locator("#reflection-text")).hasCount(0);
        assertThat(page.locator("#stage")).containsText("Inget svar sparas i förhandsgranskningen.");
        assertThat(page.locator("#summary-heading")).hasText("Sammanfattning av fallet");
        assertThat(page.locator(".case-summary .score")).hasText("Du fick 3 av 4 poäng.");
        assertThat(page.locator(".case-summary table").first().locator("tbody tr")).hasCount(2);
        assertThat(page.locator(".case-summary h3").first()).hasText("Din väg och den bästa vägen");
        assertThat(page.locator("#stage a.button")).hasAttribute("href", "/forfatta/utkast.html?id=" + draftId);
        Browser.assertAccessible(page, "preview summary");

        Keyboard.tabTo(page, "Spela fallet igen");
        page.keyboard().press("Enter");
        assertThat(page.locator("#summary-heading")).hasCount(0);
        assertThat(page.locator("#stage h2")).hasText("Beslutspunkt 1 av 2");
        assertThat(page.locator("#stage h2")).isFocused();
        assertThat(page.locator(".history")).hasCount(0);

        assertThat(api.get("api/enrollments", trainer).json()).as("no enrolment, no attempt").isEmpty();
    }

    @Test
    void aLearnerOpeningAPreviewIsToldItIsForTrainers() {
        String draftId = newDraft(api.newTrainer());
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        page.navigate(browser.baseUrl + "/fall.html?utkast=" + draftId + "&fall=case-01");

        assertThat(page.locator("h1")).hasText("Förhandsgranskning");
        assertThat(page.locator("[role=alert]")).hasText("Förhandsgranskning är för utbildare.");
        assertThat(page.locator(".preview-banner")).hasCount(0);
        Browser.assertAccessible(page, "preview refused to a learner");
    }
}
