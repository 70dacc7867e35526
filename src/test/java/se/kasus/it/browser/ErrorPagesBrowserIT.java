package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/** The error pages are Swedish pages in Kasus's layout that pass axe-core, under the pages' CSP. */
class ErrorPagesBrowserIT extends BrowserTestBase {

    @Test
    void anUnknownPageShowsTheSwedishNotFoundPage() {
        Page page = browser.newPage(Browser.WIDE);

        Response response = page.navigate(browser.baseUrl + "/finns-inte/alls.html");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Sidan finns inte");
        assertThat(page.locator("header.site .brand")).hasText("Kasus");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tillgänglighetsredogörelse"))).isVisible();
        Browser.assertAccessible(page, "the 404 page");
    }

    @Test
    void theServerErrorPagePassesAxe() {
        Page page = browser.newPage(Browser.WIDE);

        Response response = page.navigate(browser.baseUrl + "/fel/500.html");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText("Något gick fel");
        Browser.assertAccessible(page, "the 500 page");
        page.navigate(browser.baseUrl + "/fel/fel.html");
        Browser.assertAccessible(page, "the general error page");
    }
}
