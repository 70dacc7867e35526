package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding 2 of issue 12: a role taken away counts at the very next request of a session that is already open,
 * not only at the next login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleChangeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KasusApi api = KasusApi.testServer();
    private final String base = "http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void anAdminWhoLosesTheRoleIsRefusedAtTheNextRequestOfTheOpenSession() throws Exception {
        Admin admin = newAdmin();
        Browser browser = loggedIn(admin.credentials());
        assertThat(browser.get("/api/admin/users").statusCode()).as("admin before the change").isEqualTo(200);

        Reply demoted = api.put("api/admin/users/" + admin.id() + "/roles", api.admin(), "{\"roles\":[\"LEARNER\"]}");
        assertThat(demoted.status()).isEqualTo(200);

        HttpResponse<String> refused = browser.get("/api/admin/users");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode roles = JSON.readTree(me.body()).path("roles");
        assertThat(roles).hasSize(1);
        assertThat(roles.get(0).asString()).isEqualTo("LEARNER");
    }

    @Test
    void aDemotedAdminCannotCreateAnAdminAccountWithTheOpenSession() throws Exception {
        Admin admin = newAdmin();
        Browser browser = loggedIn(admin.credentials());
        api.put("api/admin/users/" + admin.id() + "/roles", api.admin(), "{\"roles\":[\"LEARNER\"]}");
        String username = "smugglad-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = browser.post("/api/admin/users", "{\"username\":\"" + username
                + "\",\"password\":\"ett-langt-losenord-42\",\"roles\":[\"ADMIN\"]}");

        assertThat(created.statusCode()).isEqualTo(403);
        assertThat(api.get("api/admin/users", api.admin()).json().findValuesAsString("username")).doesNotContain(username);
    }

    private Admin newAdmin() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials credentials = new Credentials(username, "ett långt lösenord för " + UUID.randomUUID());
        Reply created = api.post("api/admin/users", api.admin(), "{\"username\":\"" + username + "\",\"password\":\""
                + credentials.password() + "\",\"displayName\":\"Tillfällig admin\",\"roles\":[\"ADMIN\",\"LEARNER\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Admin(created.json().path("id").asString(), credentials);
    }

    /** Logs in with the form, as the login page does; the client keeps the KASUSSESSION cookie. */
    private Browser loggedIn(Credentials who) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        String form = "username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(who.password(), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("fel");
        assertThat(cookies.getCookieStore().getCookies()).anyMatch(c -> c.getName().equals("KASUSSESSION"));
        return new Browser(http);
    }

    private record Admin(String id, Credentials credentials) {
    }

    /** Requests as the pages send them: the session cookie and the page header, no Authorization. */
    private final class Browser {
        private final HttpClient http;

        private Browser(HttpClient http) {
            this.http = http;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("X-Kasus-Request", "1");
        }
    }
}
