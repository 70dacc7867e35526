package se.kasus.it.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One LMS learner's browser without a browser: it opens an AU launch URL (following no redirect), keeps the session
 * cookie Kasus sets, and calls the player API as the pages do.
 */
public final class Cmi5Launch {

    public static final int PORT = Integer.getInteger("kasus.test.http.port", 9081);
    public static final String BASE = "http://localhost:" + PORT;
    public static final String COURSE = "mr-offentlig-verksamhet";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static String caseAuUrl(String moduleId, String caseId) {
        return BASE + "/cmi5/launch/" + COURSE + "/" + moduleId + "/case/" + caseId;
    }

    public static String quizAuUrl(String moduleId) {
        return BASE + "/cmi5/launch/" + COURSE + "/" + moduleId + "/quiz";
    }

    public static String caseAuId(String moduleId, String caseId) {
        return BASE + "/cmi5/courses/" + COURSE + "/modules/" + moduleId + "/cases/" + caseId;
    }

    public static String quizAuId(String moduleId) {
        return BASE + "/cmi5/courses/" + COURSE + "/modules/" + moduleId + "/quiz";
    }

    /** An LMS learner (account homePage + a fresh name) as launch-URL JSON. */
    public static String actor(String name) {
        return "{\"objectType\":\"Agent\",\"name\":\"" + name + "\",\"account\":{\"homePage\":\"https://lms.example.org\","
                + "\"name\":\"" + UUID.randomUUID() + "\"}}";
    }

    /** LMS.LaunchData as an LMS writes it (cmi5 10.0): context template with the session id and publisher id. */
    public static String launchData(String sessionId, String publisherId, String launchMode, Double masteryScore,
            String moveOn, String returnUrl) {
        return "{\"contextTemplate\":{\"contextActivities\":{\"grouping\":[{\"objectType\":\"Activity\",\"id\":\""
                + publisherId + "\"}]},\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\""
                + sessionId + "\"}},\"launchMode\":\"" + launchMode + "\""
                + (masteryScore == null ? "" : ",\"masteryScore\":" + masteryScore)
                + ",\"moveOn\":\"" + moveOn + "\"" + (returnUrl == null ? "" : ",\"returnURL\":\"" + returnUrl + "\"")
                + "}";
    }

    HttpResponse<String> open(String launchUrl) {
        return send(HttpRequest.newBuilder(URI.create(launchUrl)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** Opens the launch URL and expects the 303 to a player page; returns that page's path and query. */
    String start(String launchUrl) {
        HttpResponse<String> response = open(launchUrl);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("KASUSSESSION="));
        return location.startsWith("http") ? URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()
                : location;
    }

    public static String param(String pathAndQuery, String name) {
        for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + pathAndQuery);
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(api(path).GET().build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode post(String path, String json) {
        HttpResponse<String> response = send(api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    /** The LMS exit, as the page's "Avsluta och gå tillbaka" calls it; returns where the page goes. */
    String exit(String launchId) {
        return post("/api/cmi5/launches/" + launchId + "/exit", "").path("returnUrl").asString();
    }

    public static List<String> verbs(List<JsonNode> statements) {
        return statements.stream().map(s -> s.path("verb").path("id").asString()
                .substring(s.path("verb").path("id").asString().lastIndexOf('/') + 1)).toList();
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json").header("X-Kasus-Request", "1");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
