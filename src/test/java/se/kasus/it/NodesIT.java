package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one PostgreSQL database, as an operator runs them behind a load balancer:
 * kasusNodeA and kasusNodeB start at the same moment on an empty database and make one course
 * version and one administrator; a browser login on A goes on working on B (and a logout on B ends
 * it on A); statements made through both reach the external LRS exactly once each.
 * Needs a PostgreSQL database: {@code -Dkasus.test.pg.url=jdbc:postgresql://localhost:5432/kasus}
 * with {@code kasus.test.pg.user} and {@code kasus.test.pg.password}. The database is emptied.
 */
class NodesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String URL = System.getProperty("kasus.test.pg.url", "");
    private static final String USER = System.getProperty("kasus.test.pg.user", "kasus");
    private static final String PASSWORD = System.getProperty("kasus.test.pg.password", "");
    private static final Path CONTENT = Path.of(System.getProperty("kasus.nodes.content.dir", "target/it-nodes-content"));

    private static final RestartableServer A = new RestartableServer("kasusNodeA",
            Integer.getInteger("kasus.nodeA.http.port", 9083), "it-operator-secret-0003", CONTENT.resolve("node-A"));
    private static final RestartableServer B = new RestartableServer("kasusNodeB",
            Integer.getInteger("kasus.nodeB.http.port", 9084), "it-operator-secret-0003", CONTENT.resolve("node-B"));
    private static final FakeLrs LRS = new FakeLrs();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static boolean started;

    @BeforeAll
    static void startBothOnAnEmptyDatabase() throws SQLException {
        if (URL.isBlank()) {
            String message = "\n\n*** NodesIT SKIPPED: no PostgreSQL (set -Dkasus.test.pg.url=jdbc:postgresql://HOST:PORT/DB,"
                    + " -Dkasus.test.pg.user, -Dkasus.test.pg.password) ***\n";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no PostgreSQL for the two-instance test (kasus.test.pg.url is empty)");
            }
            Assumptions.abort(message);
        }
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        LRS.start();
        Map<String, String> environment = new HashMap<>(Map.of(
                "KASUS_DB", "postgresql", "KASUS_DB_URL", URL, "KASUS_DB_USER", USER, "KASUS_DB_PASSWORD", PASSWORD));
        environment.putAll(Map.of(
                "KASUS_XAPI_FORWARD_TARGETS", "lms",
                "KASUS_XAPI_FORWARD_LMS_URL", LRS.endpoint(),
                "KASUS_XAPI_FORWARD_LMS_USERNAME", "kasus",
                "KASUS_XAPI_FORWARD_LMS_PASSWORD", "test-secret",
                "KASUS_XAPI_FORWARD_INTERVAL_MS", "200",
                "KASUS_XAPI_FORWARD_BATCH", "3"));
        A.withEnvironment(environment).prepareClean();
        B.withEnvironment(environment).prepareClean();
        started = true;
        // Both at the same moment, as after a deployment: each imports the course and creates the administrator.
        CompletableFuture.allOf(CompletableFuture.runAsync(A::launch), CompletableFuture.runAsync(B::launch)).join();
        A.awaitReady();
        B.awaitReady();
    }

    @AfterAll
    static void stopBoth() {
        if (started) {
            CompletableFuture.allOf(CompletableFuture.runAsync(A::stop), CompletableFuture.runAsync(B::stop)).join();
            LRS.stop();
        }
    }

    @Test
    void bothStartingTogetherMakeOneCourseVersionAndOneAdministrator() throws SQLException {
        assertThat(queryLongs("SELECT COUNT(*) FROM course_version")).containsExactly(1L);
        assertThat(queryStrings("SELECT course_id FROM course_version WHERE version_number = 1"))
                .containsExactly(KasusApi.COURSE);
        assertThat(queryStrings("SELECT username FROM account")).containsExactly("admin");
        for (RestartableServer node : List.of(A, B)) {
            JsonNode me = node.api.get("api/me", node.api.admin()).json();
            assertThat(me.path("username").asString()).as(node.name()).isEqualTo("admin");
        }
    }

    @Test
    void aBrowserLoggedInOnAContinuesOnBWithoutLoggingInAgain() {
        Credentials learner = A.api.newLearner();
        assertThat(page(B, "GET", "api/me", null).statusCode()).as("no cookie, no caller").isEqualTo(401);

        HttpResponse<String> login = form(A, "login", "username=" + encode(learner.username())
                + "&password=" + encode(learner.password()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("fel=");
        String cookie = sessionCookie(login);

        HttpResponse<String> onB = page(B, "GET", "api/me", cookie);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(json(onB).path("username").asString()).isEqualTo(learner.username());
        HttpResponse<String> enrolledOnB = page(B, "POST", "api/enrollments", cookie,
                "{\"courseId\":\"" + KasusApi.COURSE + "\"}");
        assertThat(enrolledOnB.statusCode()).isEqualTo(201);
        String enrollment = json(enrolledOnB).path("enrollmentId").asString();
        HttpResponse<String> backOnA = page(A, "GET", "api/enrollments/" + enrollment, cookie);
        assertThat(backOnA.statusCode()).isEqualTo(200);

        // A logout through B ends the session on A as well.
        assertThat(form(B, "logout", "", cookie).statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = page(A, "GET", "api/me", cookie);
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(json(afterLogout).path("type").asString()).endsWith("session-expired");
    }

    @Test
    void statementsMadeThroughBothReachTheExternalLrsExactlyOnce() throws Exception {
        List<CompletableFuture<Void>> learners = new ArrayList<>();
        for (RestartableServer node : List.of(A, B, A, B, A, B)) {
            learners.add(CompletableFuture.runAsync(() -> playCaseOne(node.api)));
        }
        CompletableFuture.allOf(learners.toArray(CompletableFuture[]::new)).join();
        int expected = 6 * 5;

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("SELECT COUNT(*) FROM xapi_outbox WHERE sent_at IS NULL") == 0
                        && LRS.receivedIds().size() >= expected);
        // For longer than several forwarding rounds of both instances, nothing more arrives.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> LRS.receivedIds().size() == expected);

        List<String> received = LRS.receivedIds();
        List<String> stored = queryStrings("SELECT statement_id FROM xapi_outbox WHERE target = 'lms'");
        assertThat(stored).hasSize(expected).doesNotHaveDuplicates();
        assertThat(received).doesNotHaveDuplicates().hasSize(expected);
        assertThat(new HashSet<>(received)).isEqualTo(new HashSet<>(stored));
        for (RestartableServer node : List.of(A, B)) {
            JsonNode target = node.api.get("api/admin/xapi-forwarding", node.api.admin()).json().get(0);
            assertThat(target.path("pending").asLong()).as(node.name()).isZero();
            assertThat(target.path("sent").asLong()).as(node.name()).isEqualTo(expected);
        }
    }

    /** One learner's five statements: initialized, two answers, completed, commented. */
    private static void playCaseOne(KasusApi api) {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        String attempt = api.startCase(learner, enrollment, "case-01");
        api.decide(learner, attempt, "dp1", "B");
        api.decide(learner, attempt, "dp2", "B");
        api.put("api/attempts/" + attempt + "/reflection", learner, "{\"text\":\"Två servrar\"}");
    }

    private static HttpResponse<String> form(RestartableServer node, String path, String body, String... cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base(node).resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (cookie.length > 0) {
            request.header("Cookie", cookie[0]);
        }
        return send(request);
    }

    /** An API call as the web pages make it: the session cookie and the page header, no Basic credentials. */
    private static HttpResponse<String> page(RestartableServer node, String method, String path, String cookie, String... json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base(node).resolve(path))
                .header("Accept", "application/json, application/problem+json")
                .header("X-Kasus-Request", "1")
                .method(method, json.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json[0], StandardCharsets.UTF_8));
        if (json.length > 0) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("KASUSSESSION=") && !header.startsWith("KASUSSESSION=;"))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static URI base(RestartableServer node) {
        return URI.create("http://localhost:" + (node == A ? Integer.getInteger("kasus.nodeA.http.port", 9083)
                : Integer.getInteger("kasus.nodeB.http.port", 9084)) + "/");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static List<String> queryStrings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<Long> queryLongs(String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static long count(String query) {
        try {
            return queryLongs(query).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
