package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;

/** A trainer downloads a course's cmi5 package from Mina kurser; a learner is not offered it. axe checks the page. */
class Cmi5PackageBrowserIT extends BrowserTestBase {

    @Test
    void aTrainerDownloadsTheCmi5PackageFromMinaKurser() throws Exception {
        Credentials trainer = api.newTrainer();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, trainer);
        page.navigate(browser.baseUrl + "/");

        Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Använd kurserna i en lärplattform (cmi5)"));
        assertThat(section).isVisible();
        assertThat(section).containsText("/cmi5/courses/" + KasusApi.COURSE + "/cmi5.xml");
        Browser.assertAccessible(page, "Mina kurser for a trainer, with the cmi5 packages");

        // Other tests publish copies of the shipped course under the same title: take the shipped course's link.
        Locator link = section.locator("#cmi5-" + KasusApi.COURSE);
        assertThat(link).hasAccessibleName("Ladda ner cmi5-paket för Mänskliga rättigheter i offentlig verksamhet");
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).startsWith("kasus-cmi5-" + KasusApi.COURSE + "-v").endsWith(".zip");
        byte[] zip = Files.readAllBytes(download.path());
        assertThat(new String(zip, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void aLearnerIsNotOfferedThePackage() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/");

        assertThat(page.locator("h1")).hasText("Mina kurser");
        assertThat(page.locator("#lms-heading")).hasCount(0);
    }
}
