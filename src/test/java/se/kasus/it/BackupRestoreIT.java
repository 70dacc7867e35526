package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** An online backup taken through the admin API, restored as the README says, gives back the database as it was. */
class BackupRestoreIT {

    private static final RestartableServer SERVER = new RestartableServer();
    private final KasusApi api = SERVER.api;

    @BeforeAll
    static void startServer() {
        SERVER.startClean();
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Test
    void aRestoredBackupHasEverythingAsAtTheBackupAndNothingAfterIt() throws IOException {
        Credentials kept = api.newLearner();
        String enrollment = api.enroll(kept);
        String keptId = accountId(kept.username());
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Reply created = api.post("api/admin/backups", api.admin(), "");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode backup = created.json();
        String name = backup.path("name").asString();
        assertThat(name).matches("kasus-\\d{8}T\\d{6}Z");
        assertThat(created.location()).endsWith("/api/admin/backups/" + name);
        assertThat(Instant.parse(backup.path("time").asString())).isBetween(before, Instant.now());
        assertThat(backup.path("sizeBytes").asLong()).isGreaterThan(100_000);
        assertThat(api.get("api/admin/backups", api.admin()).json().findValuesAsString("name")).containsExactly(name);
        assertThat(api.get("api/admin/backups/" + name, api.admin()).json()).isEqualTo(backup);
        Path backedUpDatabase = SERVER.directory().resolve("backups").resolve(name).resolve("kasusdb");
        assertThat(backedUpDatabase.resolve("service.properties")).isRegularFile();

        Credentials later = api.newLearner();
        assertThat(api.put("api/admin/users/" + keptId + "/roles", api.admin(), "{\"roles\":[\"LEARNER\",\"TRAINER\"]}")
                .status()).isEqualTo(200);
        assertThat(api.get("api/me", later).status()).isEqualTo(200);

        SERVER.stop();
        Path data = SERVER.directory().resolve("data");
        Files.move(data.resolve("kasusdb"), data.resolve("kasusdb-before-restore"));
        RestartableServer.copyTree(backedUpDatabase, data.resolve("kasusdb"));
        SERVER.start();

        List<String> usernames = api.get("api/admin/users", api.admin()).json().findValuesAsString("username");
        assertThat(usernames).contains(kept.username()).doesNotContain(later.username());
        assertThat(api.get("api/me", later).status()).as("an account made after the backup").isEqualTo(401);
        JsonNode keptAccount = api.get("api/me", kept).json();
        assertThat(keptAccount.path("id").asString()).isEqualTo(keptId);
        assertThat(keptAccount.path("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("LEARNER");
        assertThat(api.get("api/enrollments/" + enrollment, kept).status()).isEqualTo(200);
        assertThat(api.get("api/admin/backups", api.admin()).json().findValuesAsString("name"))
                .as("the backup folder is not part of the database").containsExactly(name);
    }

    @Test
    void onlyAnAdministratorMayBackUpOrListBackups() {
        Credentials learner = api.newLearner();

        Reply post = api.post("api/admin/backups", learner, "");
        Reply list = api.get("api/admin/backups", learner);
        Reply anonymous = api.post("api/admin/backups", null, "");

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.isProblem()).isTrue();
        assertThat(post.problemType()).isEqualTo("forbidden");
        assertThat(list.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void anUnknownBackupIsAProblemNotFound() {
        Reply reply = api.get("api/admin/backups/kasus-19990101T000000Z", api.admin());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.problemType()).isEqualTo("not-found");
    }

    private String accountId(String username) {
        List<String> ids = new ArrayList<>();
        for (JsonNode account : api.get("api/admin/users", api.admin()).json()) {
            if (account.path("username").asString().equals(username)) {
                ids.add(account.path("id").asString());
            }
        }
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
