package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;

/**
 * The footer pages (accessibility statement, personal data, help) for visitors and logged-in people, the footer and
 * header links on every page, and "Mitt konto" with its password form, each checked with axe-core.
 */
class PublicPagesBrowserIT extends BrowserTestBase {

    private static final List<String> FOOTER_LINKS = List.of("/tillganglighet.html", "/personuppgifter.html", "/hjalp.html");
    private static final List<String> FOOTER_PAGES = FOOTER_LINKS;
    /** The pages of a logged-in person, whose header links to Mitt konto and (for admins) Administration. */
    private static final List<String> LEARNER_PAGES = List.of("/index.html", "/kurs.html", "/fall.html", "/modul.html",
            "/sammanfattning.html", "/test.html", "/mitt-konto.html", "/mina-intyg.html");

    @Test
    void everyPageHasTheFooterLinks() throws IOException {
        List<String> pages;
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(webapp.resolve("WEB-INF")))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(pages).containsAll(LEARNER_PAGES).contains("/index.html", "/logga-in.html", "/mitt-konto.html", "/tillganglighet.html",
                "/personuppgifter.html", "/hjalp.html", "/verifiera.html", "/admin/intyg.html");
        Page page = browser.newPage(Browser.WIDE);
        // The HTML as served, without the scripts that would send a visitor to the login page.
        page.route("**/assets/*.js", Route::abort);
        for (String path : pages) {
            page.navigate(browser.baseUrl + path);
            Locator footer = page.locator("footer.site-footer");
            assertThat(footer.count()).as(path).isEqualTo(1);
            for (String link : FOOTER_LINKS) {
                assertThat(footer.locator("a[href=\"" + link + "\"]").count()).as(path + " links " + link).isEqualTo(1);
            }
            if (LEARNER_PAGES.contains(path)) {
                assertThat(page.locator("header.site nav a[href=\"/mitt-konto.html\"]").count()).as(path).isEqualTo(1);
                assertThat(page.locator("header.site nav a[href=\"/mina-intyg.html\"]").count()).as(path).isEqualTo(1);
                assertThat(page.locator("header.site nav [data-kasus-role=ADMIN] a[href=\"/admin/konton.html\"]").count())
                        .as(path).isEqualTo(1);
                assertThat(page.locator("header.site nav [data-kasus-role=\"TRAINER ADMIN\"] a[href=\"/forfatta/index.html\"]")
                        .count()).as(path + " links Författa for trainers").isEqualTo(1);
            }
        }
    }

    @Test
    void aVisitorReadsTheFooterPagesWithTheOperatorsDetails() {
        Page page = browser.newPage(Browser.WIDE);

        page.navigate(browser.baseUrl + "/tillganglighet.html");
        assertThat(page.locator("h1")).hasText("Tillgänglighet för Kasus");
        assertThat(page.locator("main")).containsText("Testkommunen står bakom Kasus");
        assertThat(page.locator("main")).containsText("delvis förenlig");
        assertThat(page.locator("main a[href=\"https://www.digg.se/tdosanmalan\"]")).isVisible();
        assertThat(page.locator("[data-site=operatorEmail]").first()).hasText("(organisationen som driver Kasus har inte angett detta ännu)");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();
        assertThat(page.locator("header.site").getByText("Mitt konto")).isHidden();
        Browser.assertAccessible(page, "accessibility statement, visitor");
        Browser.screenshots(page, "tillganglighet");

        page.navigate(browser.baseUrl + "/personuppgifter.html");
        assertThat(page.locator("h1")).hasText("Behandling av personuppgifter i Kasus");
        assertThat(page.locator("main")).containsText("Personuppgiftsansvarig är Testkommunen.");
        assertThat(page.locator("main")).containsText("slumpat id-nummer");
        assertThat(page.locator("[data-site-if=xapiActorMbox]")).isHidden();
        assertThat(page.locator("main a[href=\"https://www.imy.se\"]")).isVisible();
        Browser.assertAccessible(page, "personal data, visitor");

        page.navigate(browser.baseUrl + "/hjalp.html");
        assertThat(page.locator("h1")).hasText("Hjälp och kontakt");
        assertThat(page.locator("main a[href=\"mailto:kasus-support@testkommunen.example\"]"))
                .hasText("kasus-support@testkommunen.example");
        Browser.assertAccessible(page, "help, visitor");
        assertThat(page).hasURL(Pattern.compile(".*/hjalp\\.html$"));

        page.navigate(browser.baseUrl + "/logga-in.html");
        page.locator("footer.site-footer").getByText("Hjälp och kontakt").click();
        assertThat(page).hasURL(Pattern.compile(".*/hjalp\\.html$"));
    }

    @Test
    void loggedInTheHeaderHasMittKontoAndOnlyAdminsSeeAdministration() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        assertThat(page.locator("h1")).hasText("Mina kurser");
        assertThat(page.locator("header.site").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mitt konto"))).isVisible();
        assertThat(page.locator("header.site a[href=\"/admin/konton.html\"]")).isHidden();
        for (String path : FOOTER_PAGES) {
            page.navigate(browser.baseUrl + path);
            assertThat(page.locator("#user-name")).hasText("Testare");
            assertThat(page.locator("header.site").getByText("Logga in", new Locator.GetByTextOptions().setExact(true))).isHidden();
            assertThat(page.locator("header.site a[href=\"/admin/konton.html\"]")).isHidden();
            Browser.assertAccessible(page, path + ", logged in");
        }

        Page admin = browser.newPage(Browser.WIDE);
        logIn(admin, api.admin());
        assertThat(admin.locator("h1")).hasText("Mina kurser");
        assertThat(admin.locator("header.site a[href=\"/admin/konton.html\"]")).isVisible();
        assertThat(admin.locator("header.site a[href=\"/admin/konton.html\"]")).hasText("Administration");
        Browser.assertAccessible(admin, "Mina kurser as an administrator");
    }

    @Test
    void mittKontoShowsTheAccountAndTiesErrorsToTheirFields() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/mitt-konto.html");

        assertThat(page.locator("h1")).hasText("Mitt konto");
        assertThat(page.locator("#my-name")).hasText("Testare");
        assertThat(page.locator("#my-username")).hasText(learner.username());
        assertThat(page.locator("#my-roles")).hasText("Deltagare");
        assertThat(page.locator("#my-unit")).hasText("Ingen organisation angiven");
        assertThat(page.locator("#password-rules")).containsText("minst 12 tecken");
        assertThat(page.locator("#must-change")).hasCount(0);
        Browser.assertAccessible(page, "Mitt konto");

        fill(page, "fel-nuvarande-lösen", "ett-nytt-och-långt-lösen", "ett-nytt-och-långt-lösen");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Det nuvarande lösenordet stämmer inte");
        Locator current = page.getByLabel("Nuvarande lösenord");
        assertThat(current).hasAttribute("aria-invalid", "true");
        assertThat(current).hasAttribute("aria-describedby", Pattern.compile(".*current-password-error.*"));
        assertThat(page.locator("#current-password-error")).hasText(
                "Det nuvarande lösenordet stämmer inte. Skriv lösenordet du loggade in med.");
        Browser.assertAccessible(page, "Mitt konto with a wrong current password");
        Browser.screenshots(page, "mitt-konto-fel");

        fill(page, learner.password(), "Qwerty123456", "Qwerty123456");
        assertThat(page.locator("#new-password-error")).containsText("vanligaste lösenorden");
        assertThat(page.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-describedby", Pattern.compile("new-password-error password-rules-intro password-rules"));
        assertThat(current).not().hasAttribute("aria-invalid", "true");

        fill(page, learner.password(), "ett-nytt-och-långt-lösen", "ett-nytt-och-LÅNGT-lösen");
        assertThat(page.locator("#repeat-password-error")).hasText("Lösenorden är inte likadana. Skriv samma nya lösenord två gånger.");
        Browser.assertAccessible(page, "Mitt konto with passwords that differ");

        fill(page, learner.password(), "ett-nytt-och-långt-lösen", "ett-nytt-och-långt-lösen");
        assertThat(page.locator("#password-changed")).containsText("Ditt lösenord är bytt.");
        assertThat(page.locator("#password-changed")).isFocused();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(api.get("api/me", new Credentials(learner.username(), "ett-nytt-och-långt-lösen")).status()).isEqualTo(200);
        Browser.assertAccessible(page, "Mitt konto after the change");
    }

    @Test
    void withByt1ThePageExplainsWhyAndLeadsOnAfterTheChangeUsingOnlyTheKeyboard() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/mitt-konto.html?byt=1");

        assertThat(page.locator("#must-change")).containsText("Välj ett nytt lösenord först");
        assertThat(page.locator("#must-change")).containsText("tillfälligt lösenord");
        Browser.assertAccessible(page, "Mitt konto, a new password must be chosen");

        Keyboard.tabTo(page, "Nuvarande lösenord");
        page.keyboard().type(learner.password());
        page.keyboard().press("Tab");
        page.keyboard().type("sju-gröna-äpplen-i-korgen");
        page.keyboard().press("Tab");
        page.keyboard().type("sju-gröna-äpplen-i-korgen");
        page.keyboard().press("Enter");

        assertThat(page.locator("#password-changed")).containsText("Ditt lösenord är bytt.");
        assertThat(page.locator("#must-change")).hasCount(0);
        Keyboard.tabTo(page, "Fortsätt till Mina kurser");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mina kurser");
    }

    @Test
    void anApiAnswerThatAPasswordChangeIsRequiredSendsThePersonToMittKonto() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        // What the server answers an account with a temporary password (platform.security.PasswordChange).
        page.route("**/api/enrollments", route -> route.fulfill(new Route.FulfillOptions().setStatus(403)
                .setContentType("application/problem+json")
                .setBody("{\"type\":\"urn:kasus:problem:password-change-required\",\"title\":\"Byt lösenord\",\"status\":403,"
                        + "\"detail\":\"Du behöver välja ett nytt lösenord innan du fortsätter.\"}")));

        page.navigate(browser.baseUrl + "/");

        assertThat(page).hasURL(Pattern.compile(".*/mitt-konto\\.html\\?byt=1$"));
        assertThat(page.locator("#must-change")).containsText("Välj ett nytt lösenord först");
    }

    private static void fill(Page page, String current, String next, String repeat) {
        page.getByLabel("Nuvarande lösenord").fill(current);
        page.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)).fill(next);
        page.getByLabel("Upprepa det nya lösenordet").fill(repeat);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt lösenord")).click();
    }
}
