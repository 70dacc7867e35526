package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's own guard: even HTML that got past the server's sanitiser (here put into the attempt's answer on
 * its way to the page) reaches the DOM only as allow-listed tags, so nothing runs and no handler, script,
 * javascript: or data: link is in the page; ordinary Markdown (emphasis, an https link) shows.
 */
class MarkdownBrowserIT extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "<p>Början <em>betonad</em> <a href=\"https://www.riksdagen.se/\">lagen</a></p>"
            + "<script>window.kasusHacked = 1</script>"
            + "<p><img src=\"x\" onerror=\"window.kasusHacked = 2\"></p>"
            + "<p><a href=\"javascript:window.kasusHacked = 3\">js</a> <a href=\"data:text/html,<script>x</script>\">data</a>"
            + " <b onmouseover=\"window.kasusHacked = 4\">fet</b></p>";

    @Test
    void hostileHtmlInTheNarrativeNeitherRunsNorReachesTheDom() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attemptId = api.startCase(learner, enrollment, "case-01");

        Page page = browser.newPage(Browser.WIDE);
        List<String> dialogs = Browser.dialogs(page);
        logIn(page, learner);
        page.route("**/api/attempts/" + attemptId, route -> {
            if (!"GET".equals(route.request().method())) {
                route.resume();
                return;
            }
            var response = route.fetch();
            ObjectNode body = (ObjectNode) JSON.readTree(response.body());
            body.put("narrativeHtml", HOSTILE);
            route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(body.toString()));
        });
        page.navigate(browser.baseUrl + "/fall.html?forsok=" + attemptId);

        var narrative = page.locator(".narrative");
        assertThat(narrative).containsText("Början betonad lagen");
        assertThat(narrative.locator("em")).hasText("betonad");
        assertThat(narrative.locator("a[href='https://www.riksdagen.se/']")).hasAttribute("rel", "nofollow noopener noreferrer");
        page.locator(".narrative b, .narrative p").last().hover();
        assertThat(page.locator(".narrative script, .narrative img, .narrative b, .narrative [onerror],"
                + " .narrative [onmouseover], .narrative a[href^='javascript:'], .narrative a[href^='data:']")).hasCount(0);
        assertThat(narrative).containsText("js data fet");
        assertThat(page.evaluate("() => window.kasusHacked === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
        assertThat((String) page.evaluate("() => document.documentElement.outerHTML"))
                .doesNotContain("kasusHacked", "onerror", "javascript:");
    }
}
