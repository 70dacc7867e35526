package se.kasus.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;

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
}
