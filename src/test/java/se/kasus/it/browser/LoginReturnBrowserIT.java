package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kasus.it.KasusApi.Credentials;

/** After login the browser returns only to a page of Kasus, never to another site named in the address. */
class LoginReturnBrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/%5Cevil.example", "/%09/evil.example", "/%5C%5Cevil.example/x", "//evil.example"})
    void aReturnAddressOnAnotherSiteIsIgnoredAfterLogin(String atergang) {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);

        page.navigate(browser.baseUrl + "/logga-in.html?atergang=" + atergang);
        page.getByLabel("Användarnamn").fill(learner.username());
        page.getByLabel("Lösenord").fill(learner.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

        assertThat(page.locator("h1")).hasText("Mina kurser");
        URI landed = URI.create(page.url());
        assertThat(landed.getScheme() + "://" + landed.getAuthority()).isEqualTo(browser.baseUrl);
        assertThat(landed.getPath()).isEqualTo("/");
    }
}
