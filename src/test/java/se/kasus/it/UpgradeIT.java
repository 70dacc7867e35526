package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An installation upgrades by replacing the WAR: the server starts on an embedded Derby database that Kasus made
 * before migrations existed (src/test/resources/upgrade/README.md), migrates it, and everything in it still works.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final RestartableServer SERVER = new RestartableServer();
    private static final KasusApi API = SERVER.api;
    private static final Credentials ADMIN = new Credentials("admin", "fixture-admin-password-1");
    private static final Credentials ANNA = new Credentials("fixture-anna", "fixture-learner-password-1");
    private static final String ATTEMPT = "5d5b526d-f0ff-45c9-b460-9aad62d67b7f";
    private static final String ENROLLMENT = "b83c9659-4af4-4ab2-87ed-d31693dc5220";
    private static final String LRS_KEY = "Brd1p2-98A7diXjDI5KLa20e";
    private static final String LRS_SECRET = "S95lGUtD_2kSFNhTsyNPCq08E0Fc37Izd-m4UPwnQTg";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startOnTheOldDatabase() {
        SERVER.startWithDatabase("/upgrade/kasusdb-before-migrations.zip");
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Test
    @Order(1)
    void theOldDatabaseIsReadyAtTheLatestSchemaVersion() {
        KasusApi.Reply ready = API.get("health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        JsonNode database = null;
        for (JsonNode check : ready.json().path("checks")) {
            if ("database".equals(check.path("name").asString())) {
                database = check;
            }
        }
        assertThat(database).isNotNull();
        assertThat(database.path("status").asString()).isEqualTo("UP");
        assertThat(database.path("data").path("schemaVersion").asString()).isEqualTo("0009-1-case-attempt-score");
        assertThat(database.path("data").path("pendingChangeSets").asInt()).isZero();
    }

    @Test
    @Order(2)
    void theAdministratorAndTheLearnerFromBeforeTheUpgradeLogIn() {
        KasusApi.Reply admin = API.get("api/me", ADMIN);
        KasusApi.Reply anna = API.get("api/me", ANNA);

        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("roles").toString()).contains("ADMIN");
        assertThat(anna.status()).isEqualTo(200);
        assertThat(anna.json().path("displayName").asString()).isEqualTo("Anna Fixtur");
    }

    @Test
    @Order(3)
    void theLearnerResumesHerCaseWhereSheLeftItAndFinishesIt() {
        KasusApi.Reply enrollment = API.get("api/enrollments/" + ENROLLMENT, ANNA);
        assertThat(enrollment.status()).isEqualTo(200);
        assertThat(enrollment.json().path("resume").path("attemptId").asString()).isEqualTo(ATTEMPT);
        assertThat(enrollment.json().path("courseVersion").asInt()).isEqualTo(1);

        JsonNode attempt = API.get("api/attempts/" + ATTEMPT, ANNA).json();
        assertThat(attempt.path("currentStep").path("id").asString()).isEqualTo("dp2");
        assertThat(attempt.path("decisions")).hasSize(1);
        assertThat(attempt.path("decisions").get(0).path("optionId").asString()).isEqualTo("B");
        assertThat(attempt.path("reflection").path("answer").asString())
                .isEqualTo("Reflektion från före uppgraderingen: å ä ö.");

        KasusApi.Reply decided = API.decide(ANNA, ATTEMPT, "dp2", "B");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().path("caseFinished").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void theLrsServesTheStatementsAndDocumentsStoredBeforeTheUpgradeAndStoresNewOnes() throws Exception {
        HttpResponse<String> old = xapi("GET", "statements?statementId=6a3c1f2e-0000-4000-8000-000000000001", null);
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(old.body()).path("actor").path("name").asString()).isEqualTo("Fixtur Åsa");

        HttpResponse<String> state = xapi("GET", "activities/state?activityId=" + q("http://example.se/fixture/a")
                + "&agent=" + q("{\"mbox\":\"mailto:fixtur@example.se\"}") + "&stateId=resume", null);
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(state.body()).path("bookmark").asString()).isEqualTo("dp2");

        HttpResponse<String> stored = xapi("POST", "statements", "{\"id\":\"6a3c1f2e-0000-4000-8000-000000000003\","
                + "\"actor\":{\"mbox\":\"mailto:fixtur@example.se\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},"
                + "\"object\":{\"id\":\"http://example.se/fixture/a\"}}");
        assertThat(stored.statusCode()).isEqualTo(200);

        HttpResponse<String> byAgent = xapi("GET", "statements?agent=" + q("{\"mbox\":\"mailto:fixtur@example.se\"}"), null);
        List<String> ids = new ArrayList<>();
        JSON.readTree(byAgent.body()).path("statements").forEach(s -> ids.add(s.path("id").asString()));
        assertThat(ids).containsExactly("6a3c1f2e-0000-4000-8000-000000000003", "6a3c1f2e-0000-4000-8000-000000000002",
                "6a3c1f2e-0000-4000-8000-000000000001");

        HttpResponse<String> all = xapi("GET", "statements?limit=100", null);
        // three statements of the learner's tracking from before, the one decision made now and more, the three above
        assertThat(JSON.readTree(all.body()).path("statements").size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    @Order(5)
    void theMigratedAttemptIsTheFirstAndAReplayIsTheSecondOnTheVersionsOwnRule() {
        assertThat(API.get("api/attempts/" + ATTEMPT, ANNA).json().path("attemptNumber").asInt()).isEqualTo(1);

        KasusApi.Reply replay = API.post("api/enrollments/" + ENROLLMENT + "/cases/case-01/attempts", ANNA, "");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("attemptNumber").asInt()).isEqualTo(2);
        assertThat(replay.json().path("attemptId").asString()).isNotEqualTo(ATTEMPT);
        JsonNode enrollment = API.get("api/enrollments/" + ENROLLMENT, ANNA).json();
        assertThat(enrollment.path("courseVersion").asInt()).as("the learner keeps her version").isEqualTo(1);
        JsonNode m1 = enrollment.path("modules").get(0);
        assertThat(m1.path("casePoints").path("passPercent").asInt())
                .as("a version stored before the case rule keeps the old rule").isZero();
        assertThat(m1.path("cases").get(0).path("attempts").asInt()).isEqualTo(2);
        assertThat(m1.path("cases").get(0).path("bestAttemptId").asString()).isEqualTo(ATTEMPT);
    }

    private static HttpResponse<String> xapi(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + Integer.getInteger("kasus.restart.http.port", 9082) + "/xapi/" + path))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((LRS_KEY + ":" + LRS_SECRET).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
