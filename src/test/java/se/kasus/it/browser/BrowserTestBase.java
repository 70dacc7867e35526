package se.kasus.it.browser;

import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;

/** The application deployed on the test server, and a fresh headless Chromium for each test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {

    protected final KasusApi api = KasusApi.testServer();
    protected Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.launch(Integer.getInteger("kasus.test.http.port", 9081));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Logs in through the login form and waits until the browser has left it. */
    protected void logIn(Page page, Credentials who) {
        submitLogin(page, who);
        page.waitForURL(url -> !url.contains("/logga-in.html"));
    }

    /** Fills in and sends the login form, without waiting for its outcome. */
    protected void submitLogin(Page page, Credentials who) {
        page.navigate(browser.baseUrl + "/logga-in.html");
        page.getByLabel("Användarnamn").fill(who.username());
        page.getByLabel("Lösenord").fill(who.password());
        page.getByLabel("Lösenord").press("Enter");
    }
}
