package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.CourseRun;
import se.kasus.it.CourseRun.LastAnswer;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates in the browser: a learner finishes the course (all but the last answer through the API, the last
 * answer in the browser), opens Mina intyg from the course overview, downloads the PDF and the Open Badges credential and
 * follows the verification link logged out; an administrator finds the certificate and revokes it with the keyboard
 * only, after which the public page says it is revoked. axe-core checks every page in every state shown.
 */
class CertificatesBrowserIT extends BrowserTestBase {

    private static final String COURSE_TITLE = "Mänskliga rättigheter i offentlig verksamhet";
    private static final String LAST_MODULE = "M6";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aLearnerFinishesTheCourseDownloadsBothFilesAndAVisitorVerifiesTheCertificate() throws IOException {
        String name = "Åsa Öberg " + UUID.randomUUID().toString().substring(0, 4);
        Credentials learner = newLearner(name);
        LastAnswer last = new CourseRun(api, learner).allButTheLastAnswer();
        String enrollment = last.enrollmentId();
        assertThat(api.get("api/enrollments/" + enrollment, learner).json().path("completed").asBoolean()).isFalse();

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);
        page.navigate(browser.baseUrl + "/mina-intyg.html");
        assertThat(page.locator("#inga-intyg")).hasText("Du har inga intyg än. Du får ett intyg när du har gjort klart en kurs.");
        Browser.assertAccessible(page, "Mina intyg without certificates");

        // The answer that completes the course, in the browser: the last question of the last module's quiz.
        page.navigate(browser.baseUrl + "/kurs.html?id=" + enrollment);
        assertThat(page.locator("h1")).hasText(COURSE_TITLE);
        assertThat(page.locator("#till-intyg")).hasCount(0);
        // The overview's one primary action leads to the open quiz of the last module ("modul 6" to learners).
        assertThat(page.locator("#next-step")).hasText("Fortsätt med kunskapstestet för modul 6");
        page.locator("#next-step").click();
        assertThat(page.locator("h1")).hasText("Kunskapstest, modul 6");
        Locator open = page.locator("form", new Page.LocatorOptions().setHas(page.locator("input[type=radio]")));
        assertThat(open).hasCount(1);
        open.locator("input[type=radio][value=\"" + last.optionId() + "\"]").check();
        open.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Svara")).click();
        assertThat(page.locator("#result")).containsText("Du hade 5 av 5 rätt (100 %)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till kursöversikten")).first().click();

        assertThat(page.locator("h1")).hasText(COURSE_TITLE);
        assertThat(page.locator("main")).containsText("Kursen är klar.");
        Locator toCertificates = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ditt intyg finns under Mina intyg"));
        assertThat(toCertificates).isVisible();
        Browser.assertAccessible(page, "course overview, course complete");
        toCertificates.click();

        assertThat(page.locator("h1")).hasText("Mina intyg");
        assertThat(page.locator("header.site a[aria-current=page]")).hasText("Mina intyg");
        Locator card = page.locator("article.certificate");
        assertThat(card).hasCount(1);
        assertThat(card.locator("h2")).hasText(COURSE_TITLE);
        assertThat(card).containsText(name);
        assertThat(card).containsText("Giltigt");
        assertThat(card.locator("dd").nth(1)).hasText(Pattern.compile("\\d{1,2} (januari|februari|mars|april|maj|juni|juli"
                + "|augusti|september|oktober|november|december) \\d{4}"));
        String code = card.locator("code.verification-code").textContent();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        String link = card.locator("a.verification-link").getAttribute("href");
        assertThat(card.locator("a.verification-link")).hasText(link);
        assertThat(link).endsWith("/verifiera.html?kod=" + code);
        assertThat(page.locator("main")).containsText("Den som vill kontrollera ditt intyg");
        Browser.assertAccessible(page, "Mina intyg with a certificate");
        Browser.screenshots(page, "intyg-01-mina-intyg");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ned intyget (PDF)")).click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).isEqualTo("intyg-" + code + ".pdf");

        Download credential = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ned det digitala intyget (Open Badges)")).click());
        String jwt = Files.readString(credential.path(), StandardCharsets.US_ASCII).trim();
        String[] parts = jwt.split("\\.", -1);
        assertThat(parts).hasSize(3);
        for (String part : parts) {
            assertThat(part).matches("[A-Za-z0-9_-]+");
        }
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("kid").asString()).isNotBlank();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).contains("OpenBadgeCredential");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        page.waitForURL(url -> url.contains("/logga-in.html"));
        assertThat(status(page, "/api/me")).isEqualTo(401);

        // The link as printed points at the configured public address (kasus.public.base.url); follow it as it is
        // when that is the test server, else the same path on the test server.
        URI printed = URI.create(link);
        page.navigate(link.startsWith(browser.baseUrl + "/") ? link
                : browser.baseUrl + printed.getRawPath() + "?" + printed.getRawQuery());
        assertThat(page).hasURL(Pattern.compile(".*/verifiera\\.html\\?kod=" + code + "$"));
        assertThat(page.locator("#verify-result h2")).hasText("Intyget är giltigt");
        assertThat(page.locator("#result-name")).hasText(name);
        assertThat(page.locator("#verify-result")).containsText(COURSE_TITLE);
        assertThat(page.locator("#kod")).hasValue(code);
        assertThat(page.locator("header.site").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logga in"))).isVisible();
        assertThat(page.locator("header.site a[href=\"/mina-intyg.html\"]")).isHidden();
        Browser.assertAccessible(page, "verification, valid");
        Browser.screenshots(page, "intyg-02-giltigt");

        page.locator("#kod").fill("2222-3333-4444-5555");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontrollera")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Vi hittar inget intyg med den koden. Kontrollera att du har skrivit av koden rätt.");
        assertThat(page.locator("#kod")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#kod")).hasAttribute("aria-describedby", "kod-hint kod-error");
        assertThat(page.locator("#kod-error")).hasText(
                "Vi hittar inget intyg med den koden. Kontrollera att du har skrivit av koden rätt.");
        assertThat(page.locator("#kod")).isFocused();
        assertThat(page.locator("#verify-result")).isEmpty();
        Browser.assertAccessible(page, "verification, unknown code");

        // Typed by hand: small letters and no dashes still find the certificate.
        page.locator("#kod").fill(code.replace("-", "").toLowerCase(Locale.ROOT));
        page.locator("#kod").press("Enter");
        assertThat(page.locator("#verify-result h2")).hasText("Intyget är giltigt");
        assertThat(page.locator("#result-heading")).isFocused();
        assertThat(page.locator("#kod")).not().hasAttribute("aria-invalid", "true");
    }

    @Test
    void anAdministratorFindsTheCertificateAndRevokesItWithTheKeyboardOnly() {
        String name = "Bertil Ek " + UUID.randomUUID().toString().substring(0, 4);
        Credentials learner = newLearner(name);
        new CourseRun(api, learner).complete();
        Reply mine = api.get("api/me/certificates", learner);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json()).hasSize(1);
        String code = mine.json().get(0).path("code").asString();

        Page outsider = browser.newPage(Browser.WIDE);
        logIn(outsider, learner);
        outsider.navigate(browser.baseUrl + "/admin/intyg.html");
        assertThat(outsider.locator("h1")).hasText("Du har inte behörighet");

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, api.admin());
        page.navigate(browser.baseUrl + "/admin/intyg.html");
        assertThat(page.locator("h1")).hasText("Utfärdade intyg");
        assertThat(page.locator(".admin-nav a[aria-current=page]")).hasText("Intyg");
        assertThat(page.locator("#intyg-caption")).containsText("nyast först");
        Browser.assertAccessible(page, "issued certificates, newest first");

        Keyboard.tabTo(page, "Namn eller kod");
        page.keyboard().type(name);
        page.keyboard().press("Enter");
        Locator rows = page.locator("#results tbody tr");
        assertThat(rows).hasCount(1);
        Locator row = rows.first();
        assertThat(row.locator("th")).containsText(name);
        assertThat(row).containsText(COURSE_TITLE);
        assertThat(row).containsText("Giltigt");
        assertThat(row.locator("code")).hasText(code);
        assertThat(page.locator("#announcer")).hasText("1 intyg, nyast först");
        Browser.assertAccessible(page, "search result");
        Browser.screenshots(page, "intyg-03-admin-sok");

        tabToButton(page, "Återkalla intyget för " + name);
        assertThat(page.locator(":focus")).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        Locator reason = page.getByLabel("Skäl");
        assertThat(reason).isFocused();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Återkalla intyget för " + name)))
                .hasAttribute("aria-expanded", "true");
        // Sent without a reason: the error is tied to the field, and focus goes there.
        tabToButton(page, "Återkalla intyget");
        assertThat(page.locator(":focus")).hasAttribute("type", "submit");
        page.keyboard().press("Enter");
        assertThat(reason).isFocused();
        assertThat(reason).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#" + reason.getAttribute("id") + "-error")).hasText("Välj varför intyget ska återkallas.");
        assertThat(reason).hasAttribute("aria-describedby", reason.getAttribute("id") + "-error");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formuläret har fel");
        Browser.assertAccessible(page, "revocation form with an error");

        page.keyboard().press("ArrowDown");
        assertThat(reason).hasValue("WRONG_NAME");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Anteckning (frivilligt)")).isFocused();
        page.keyboard().type("Efternamnet var felstavat.");
        tabToButton(page, "Återkalla intyget");
        assertThat(page.locator(":focus")).hasAttribute("type", "submit");
        page.keyboard().press("Enter");

        Locator confirmation = page.locator("#intyg-status .message");
        assertThat(confirmation).hasText("Intyget för " + name + " (kod " + code + ") är återkallat."
                + " Verifieringssidan visar nu att det är återkallat.");
        assertThat(confirmation).isFocused();
        assertThat(page.locator("#intyg-status")).hasAttribute("role", "status");
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Återkallat");
        assertThat(rows.first()).containsText("Fel namn på intyget");
        assertThat(rows.first().getByRole(AriaRole.BUTTON)).hasCount(0);
        Browser.assertAccessible(page, "certificate revoked");

        JsonNode revoked = api.get("api/me/certificates", learner).json().get(0);
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.path("revocationReason").asString()).isEqualTo("WRONG_NAME");

        Page visitor = browser.newPage(Browser.WIDE);
        visitor.navigate(browser.baseUrl + "/verifiera.html?kod=" + code);
        assertThat(visitor.locator("#verify-result h2")).hasText("Intyget är återkallat");
        assertThat(visitor.locator("#verify-result")).containsText("Skäl: Fel namn på intyget.");
        assertThat(visitor.locator("#verify-result")).not().containsText("Efternamnet var felstavat");
        assertThat(visitor.locator("#result-name")).hasText(name);
        Browser.assertAccessible(visitor, "verification, revoked");
        Browser.screenshots(visitor, "intyg-04-aterkallat");

        outsider.navigate(browser.baseUrl + "/mina-intyg.html");
        assertThat(outsider.locator("article.certificate")).containsText("Intyget gäller inte längre.");
        assertThat(outsider.locator("article.certificate")).containsText("Fel namn på intyget");
        assertThat(outsider.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ned intyget (PDF)"))).hasCount(0);
        Browser.assertAccessible(outsider, "Mina intyg with a revoked certificate");
    }

    /** Like Keyboard.tabTo, but stops only on a button: the scrollable table region also contains the buttons' text. */
    private static void tabToButton(Page page, String text) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("t => document.activeElement.tagName === 'BUTTON'"
                    + " && document.activeElement.textContent.includes(t)", text))) {
                return;
            }
        }
        throw new AssertionError("could not reach the button \"" + text + "\" with Tab; focus is on: " + Keyboard.focusedText(page));
    }

    private Credentials newLearner(String displayName) {
        String username = "intyg-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials learner = new Credentials(username, "lösenord-för-test-" + UUID.randomUUID());
        Reply reply = api.post("api/admin/users", api.admin(), "{\"username\":\"" + username + "\",\"password\":\""
                + learner.password() + "\",\"displayName\":\"" + displayName + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return learner;
    }

    private static int status(Page page, String path) {
        Object status = page.evaluate("p => fetch(p, {headers: {'X-Kasus-Request': '1'}}).then(r => r.status)", path);
        return ((Number) status).intValue();
    }
}
