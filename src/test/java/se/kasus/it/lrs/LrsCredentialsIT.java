package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** Administrators make, list and remove LRS credentials at /api/admin/lrs-credentials. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsCredentialsIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void anAdministratorMakesACredentialWhoseSecretIsShownOnce() {
        Reply created = api.post("api/admin/lrs-credentials", api.admin(), "{\"name\":\"LMS Moodle\",\"scope\":\"READ_WRITE\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.location()).endsWith("/api/admin/lrs-credentials/" + id);
        assertThat(created.json().path("secret").asString()).hasSizeGreaterThan(30);
        assertThat(created.json().path("key").asString()).isNotEmpty();
        assertThat(created.json().path("scope").asString()).isEqualTo("READ_WRITE");

        Reply one = api.get("api/admin/lrs-credentials/" + id, api.admin());
        Reply all = api.get("api/admin/lrs-credentials", api.admin());
        assertThat(one.json().path("name").asString()).isEqualTo("LMS Moodle");
        assertThat(one.body()).doesNotContain("secret", created.json().path("secret").asString());
        assertThat(all.body()).doesNotContain(created.json().path("secret").asString(), "sha256");
        boolean listed = false;
        for (JsonNode c : all.json()) {
            listed |= c.path("id").asString().equals(id);
        }
        assertThat(listed).isTrue();
    }

    @Test
    void aCredentialIsDeletedAndThenNotFound() {
        String id = api.post("api/admin/lrs-credentials", api.admin(), "{\"name\":\"tmp\",\"scope\":\"READ\"}").json()
                .path("id").asString();

        assertThat(api.send("DELETE", "api/admin/lrs-credentials/" + id, api.admin(), null, null).status()).isEqualTo(204);
        assertThat(api.get("api/admin/lrs-credentials/" + id, api.admin()).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "api/admin/lrs-credentials/" + id, api.admin(), null, null).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageCredentialsAndTheRequestIsChecked() {
        KasusApi.Credentials learner = api.newLearner();

        assertThat(api.post("api/admin/lrs-credentials", learner, "{\"name\":\"x\",\"scope\":\"READ\"}").status()).isEqualTo(403);
        assertThat(api.get("api/admin/lrs-credentials", learner).status()).isEqualTo(403);
        Reply noScope = api.post("api/admin/lrs-credentials", api.admin(), "{\"name\":\"x\"}");
        Reply badScope = api.post("api/admin/lrs-credentials", api.admin(), "{\"name\":\"x\",\"scope\":\"ALL\"}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(badScope.status()).isEqualTo(400);
    }
}
