package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * An administrator imports 50 accounts from a CSV file (first with two bad rows, then corrected), deactivates
 * one whose session is open in another browser, resets another's password, and reads the audit log; every
 * admin page is checked with axe-core in the states the administrator sees.
 */
class AdminBrowserIT extends BrowserTestBase {

    private static final int ROWS = 50;

    @Test
    void anAdministratorImportsDeactivatesResetsAndReadsTheAuditLog() throws IOException {
        String prefix = "b" + UUID.randomUUID().toString().substring(0, 6);
        String agency = "Kommun " + prefix;
        Path dir = Files.createTempDirectory("kasus-import");
        Path bad = write(dir.resolve("konton-med-fel.csv"), csv(prefix, agency, true));
        Path good = write(dir.resolve("konton.csv"), csv(prefix, agency, false));

        Page page = browser.newPage(Browser.WIDE);
        logIn(page, api.admin());
        page.navigate(browser.baseUrl + "/admin/konton.html");
        assertThat(page.locator("h1")).hasText("Konton");
        assertThat(page.locator("#konton-caption")).containsText("konto");
        Browser.assertAccessible(page, "account list");

        page.navigate(browser.baseUrl + "/admin/importera.html");
        assertThat(page.locator("h1")).hasText("Importera konton");
        Browser.assertAccessible(page, "import before choosing a file");
        page.locator("#fil").setInputFiles(bad);
        Keyboard.tabTo(page, "Förhandsgranska");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("2 rader har fel");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rad 12 (" + prefix + "-bad x): Användarnamnet");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rad 32 (" + prefix + "-31): E-postadressen");
        assertThat(page.locator("#rad-12")).containsText("Fel");
        assertThat(page.locator("#rad-32")).containsText("är inte giltig");
        assertThat(page.locator("tr.row-error")).hasCount(2);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera").setExact(true))).isDisabled();
        Browser.assertAccessible(page, "import preview with two bad rows");
        assertThat(api.get("api/admin/users?q=" + prefix, api.admin()).json()).as("nothing imported").isEmpty();

        page.locator("#fil").setInputFiles(good);
        button(page, "Förhandsgranska").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Alla rader kan importeras"))).containsText("50 rader: 50 utan fel, 0 med fel");
        Browser.assertAccessible(page, "import preview without errors");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera").setExact(true)).click();

        assertThat(page.locator("#resultat")).hasText("Importen är klar");
        assertThat(page.locator("#resultat")).isFocused();
        assertThat(page.locator("main")).containsText("50 konton skapades.");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ned lösenorden (CSV)")).click());
        String passwords = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(passwords).startsWith("\uFEFFanvändarnamn;namn;tillfälligt lösenord").contains("\"" + prefix + "-1\"");
        Browser.assertAccessible(page, "import finished with passwords");
        JsonNode imported = api.get("api/admin/users?limit=100&q=" + prefix, api.admin()).json();
        assertThat(imported).hasSize(ROWS);
        String first = prefix + "-1";
        String second = prefix + "-2";
        String firstPassword = passwords.lines().filter(line -> line.startsWith("\"" + first + "\";")).findFirst().orElseThrow()
                .split(";")[2].replace("\"", "");

        // The first person logs in in another browser before the administrator deactivates the account.
        Page other = browser.newPage(Browser.WIDE);
        logIn(other, new Credentials(first, firstPassword));
        assertThat(other).hasURL(Pattern.compile(".*/mitt-konto\\.html\\?byt=1$"));
        assertThat(status(other, "/api/me")).isEqualTo(200);

        openAccount(page, first);
        Browser.assertAccessible(page, "account details");
        button(page, "Inaktivera kontot").click();
        assertThat(page.locator("#bekrafta-fraga")).isFocused();
        Browser.assertAccessible(page, "deactivation confirmation");
        button(page, "Ja, inaktivera kontot").click();
        assertThat(page.locator("dl.meta")).containsText("Inaktiverat");
        assertThat(status(other, "/api/me")).as("the open session ends at once").isEqualTo(401);

        openAccount(page, second);
        button(page, "Skapa tillfälligt lösenord").click();
        button(page, "Ja, skapa lösenord").click();
        assertThat(page.locator(".one-time")).containsText("Lösenordet visas bara nu");
        String temporary = page.locator("code.password").textContent();
        assertThat(temporary).hasSize(16);
        Browser.assertAccessible(page, "temporary password shown once");

        Page reset = browser.newPage(Browser.WIDE);
        logIn(reset, new Credentials(second, temporary));
        assertThat(reset).hasURL(Pattern.compile(".*/mitt-konto\\.html\\?byt=1$"));
        assertThat(status(reset, "/api/me")).isEqualTo(200);
        Map<?, ?> enrollments = call(reset, "/api/enrollments");
        assertThat(enrollments.get("status")).isEqualTo(403);
        assertThat(String.valueOf(enrollments.get("body"))).contains("password-change-required");
        // The person chooses a password of their own on Mitt konto, and may then use Kasus.
        reset.locator("#current-password").fill(temporary);
        reset.locator("#new-password").fill("Rönnbär i regnet vid ån 7");
        reset.locator("#repeat-password").fill("Rönnbär i regnet vid ån 7");
        reset.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt lösenord")).click();
        assertThat(reset.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortsätt till Mina kurser"))).isVisible();
        assertThat(call(reset, "/api/enrollments").get("status")).isEqualTo(200);

        page.navigate(browser.baseUrl + "/admin/logg.html");
        assertThat(page.locator("h1")).hasText("Granskningslogg");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Konto inaktiverat")).first()).containsText(first);
        assertThat(page.locator("tbody tr").first()).containsText("Eget lösenord bytt");
        assertThat(page.locator("tbody tr").nth(1)).containsText("Tillfälligt lösenord satt");
        assertThat(page.locator("tbody tr")).hasCount(50);
        Browser.assertAccessible(page, "audit log");
        button(page, "Visa äldre").click();
        assertThat(page.locator("tbody tr").nth(50)).isFocused();
        page.getByLabel("Filtrera på vem, händelse, mål eller detaljer").fill(first);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera")).click();
        assertThat(page.locator("tbody tr").first()).containsText("Konto inaktiverat");
        assertThat(page.locator("tbody tr").first()).containsText("admin");

        page.navigate(browser.baseUrl + "/admin/organisation.html");
        assertThat(page.locator(".org-tree").first()).containsText(agency);
        Browser.assertAccessible(page, "organisation tree");
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Kultur " + prefix);
        page.getByLabel("Placera under").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(agency));
        button(page, "Lägg till enheten").click();
        // The message is shown in the page and said once by the announcer (a status region), never by two regions.
        assertThat(page.locator("#content p.message.ok")).containsText(agency + " › Kultur " + prefix + " är tillagd");
        assertThat(page.locator("#announcer")).hasText(agency + " › Kultur " + prefix + " är tillagd.");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("är tillagd"))).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt namn på " + agency + " › Kultur " + prefix)).click();
        page.keyboard().press("Control+A");
        page.keyboard().type("Kultur och fritid " + prefix);
        page.keyboard().press("Enter");
        assertThat(page.locator(".org-tree").first()).containsText("Kultur och fritid " + prefix);
        Browser.assertAccessible(page, "organisation after a rename");
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsToldTheyHaveNoAccess() {
        Credentials learner = api.newLearner();
        Page page = browser.newPage(Browser.WIDE);
        logIn(page, learner);

        for (String admin : List.of("konton", "importera", "organisation", "logg")) {
            page.navigate(browser.baseUrl + "/admin/" + admin + ".html");
            assertThat(page.locator("h1")).hasText("Du har inte behörighet");
        }
        Browser.assertAccessible(page, "admin page for a learner");
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void openAccount(Page page, String username) {
        page.navigate(browser.baseUrl + "/admin/konton.html");
        page.getByLabel("Sök på användarnamn, namn eller e-post").fill(username);
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Konto: " + username);
    }

    private static Map<?, ?> call(Page page, String path) {
        return (Map<?, ?>) page.evaluate("p => fetch(p, {headers: {'X-Kasus-Request': '1'}})"
                + ".then(async r => ({status: r.status, body: await r.text()}))", path);
    }

    private static int status(Page page, String path) {
        return ((Number) call(page, path).get("status")).intValue();
    }

    /** 50 people in two units; with {@code bad}, row 12 has an invalid username and row 32 an invalid e-mail. */
    private static String csv(String prefix, String agency, boolean bad) {
        StringBuilder csv = new StringBuilder("användarnamn;namn;e-post;organisation;roll\r\n");
        for (int i = 1; i <= ROWS; i++) {
            String username = bad && i == 11 ? prefix + "-bad" + " x" : prefix + "-" + i;
            String email = bad && i == 31 ? prefix + i + "(at)kommun.se" : prefix + i + "@kommun.se";
            String unit = agency + (i % 2 == 0 ? " > Socialförvaltningen > Försörjningsstöd" : " > Kultur");
            csv.append(username).append(";Person ").append(i).append(" Testsson;").append(email).append(';').append(unit)
                    .append(';').append(i == 5 ? "utbildare|deltagare" : "deltagare").append("\r\n");
        }
        return csv.toString();
    }

    private static Path write(Path file, String text) {
        try {
            return Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
