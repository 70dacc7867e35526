package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void anAdminWhoLosesTheRoleIsRefusedAtTheNextRequestOfTheOpenSession() {
        Admin admin = newAdmin();
        SessionClient browser = SessionClient.loggedIn(admin.credentials());
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
    void aDemotedAdminCannotCreateAnAdminAccountWithTheOpenSession() {
        Admin admin = newAdmin();
        SessionClient browser = SessionClient.loggedIn(admin.credentials());
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

    private record Admin(String id, Credentials credentials) {
    }
}
