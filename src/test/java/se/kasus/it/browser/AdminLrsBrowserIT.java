package se.kasus.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;

/**
 * An administrator manages the LRS in the browser: creates a credential and sees its secret once (and it works at
 * /xapi), reloads (the secret is gone), revokes it after confirming (then /xapi refuses it), and reads the
 * forwarding status. axe-core checks every state.
 */
class AdminLrsBrowserIT extends BrowserTestBase {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anAdministratorCreatesACredentialSeesTheSecretOnceAndRevokesIt() throws Exception {
        Credentials admin = newAdmin();
        Page page = browser.newPage(Browser.WIDE);
        logInWithTheKeyboard(page, admin);

        page.navigate(browser.baseUrl + "/admin/lrs.html");
        assertThat(page.locator("h1")).hasText("LRS och vidarebefordran");
        assertThat(page.locator("#forwarding caption")).hasText("Status per mottagare");
        assertThat(page.locator("#forwarding")).containsText("Ingen vidarebefordran är inställd");
        Browser.assertAccessible(page, "LRS administration");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa LRS-nyckel")).click();
        assertThat(page.locator("#name-error")).hasText("Skriv ett namn på LRS-nyckeln.");
        assertThat(page.locator("#credential-name")).isFocused();
        assertThat(page.locator("#credential-name")).hasAttribute("aria-describedby", "name-hint name-error");
        Browser.assertAccessible(page, "LRS administration, name missing");

        String name = "Kursplattformen " + UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Namn").fill(name);
        page.getByLabel("Skriva uttalanden och dokument").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa LRS-nyckel")).click();

        assertThat(page.locator("#new-secret-heading")).isFocused();
        assertThat(page.locator(".new-secret")).containsText("visas bara den här gången");
        String key = page.locator("#new-key").textContent();
        String secret = page.locator("#new-secret").textContent();
        assertThat(secret).hasSizeGreaterThan(20);
        assertThat(page.locator("#credentials tr[data-key='" + key + "']")).containsText("Läsa och skriva");
        Browser.assertAccessible(page, "LRS administration, new secret shown");
        assertThat(statements(key, secret)).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#credentials tr[data-key='" + key + "']")).containsText(name);
        assertThat(page.locator("#new-secret")).hasCount(0);
        assertThat(page.content()).doesNotContain(secret);

        Locator revoke = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Återkalla LRS-nyckeln " + name).setExact(true));
        revoke.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText(key);
        Browser.assertAccessible(page, "LRS administration, revoke confirmation");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbryt")).click();
        assertThat(dialog).isHidden();
        assertThat(revoke).isFocused();
        assertThat(statements(key, secret)).as("cancelled: the key still works").isEqualTo(200);

        revoke.click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, återkalla nyckeln")).click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("tr[data-key='" + key + "']")).hasCount(0);
        assertThat(page.locator("#announcer")).containsText("är återkallad");
        Browser.assertAccessible(page, "LRS administration after revoking");
        assertThat(statements(key, secret)).isEqualTo(401);
    }

    private Credentials newAdmin() {
        String username = "lrsadmin-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials admin = new Credentials(username, "lösenord-för-" + UUID.randomUUID());
        Reply created = api.post("api/admin/users", api.admin(), "{\"username\":\"" + username + "\",\"password\":\""
                + admin.password() + "\",\"displayName\":\"LRS-administratör\",\"roles\":[\"ADMIN\",\"LEARNER\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin;
    }

    private void logInWithTheKeyboard(Page page, Credentials who) {
        page.navigate(browser.baseUrl + "/logga-in.html");
        Keyboard.tabTo(page, "Användarnamn");
        page.keyboard().type(who.username());
        page.keyboard().press("Tab");
        page.keyboard().type(who.password());
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Mina kurser");
    }

    /** The status of GET /xapi/statements with the credential as HTTP Basic. */
    private int statements(String key, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl + "/xapi/statements?limit=1"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic)
                .header("X-Experience-API-Version", "1.0.3").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
