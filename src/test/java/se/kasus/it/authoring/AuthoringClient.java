package se.kasus.it.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The authoring API as a trainer's editor calls it: If-Match on changes, ETag read back. */
public final class AuthoringClient {

    public static final String DRAFTS = "api/authoring/drafts";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final KasusApi api = KasusApi.testServer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public record Answer(int status, String contentType, String etag, String location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public long revision() {
            return Long.parseLong(etag.replace("\"", ""));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public KasusApi api() {
        return api;
    }

    /** A new account with the TRAINER role. */
    Credentials trainer() {
        String username = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials trainer = new Credentials(username, "tränarens-lösenord-" + UUID.randomUUID());
        KasusApi.Reply created = api.post("api/admin/users", api.admin(), "{\"username\":\"" + username
                + "\",\"password\":\"" + trainer.password() + "\",\"displayName\":\"Tina Tränare\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.put("api/admin/users/" + id + "/roles", api.admin(), "{\"roles\":[\"TRAINER\"]}").status())
                .isEqualTo(200);
        return trainer;
    }

    /** A course id of its own for a test; sorts after the shipped course, so a learner's first course stays that one. */
    public static String newCourseId() {
        return "utkast-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Starts a draft and answers its id; fails unless 201. */
    public String startDraft(Credentials who, String body) {
        Answer answer = send("POST", DRAFTS, who, body, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("draftId").asString();
    }

    public Answer get(String path, Credentials who) {
        return send("GET", path, who, null, null);
    }

    public Answer putDocument(Credentials who, String draftId, String path, JsonNode document, long revision) {
        return send("PUT", DRAFTS + "/" + draftId + "/documents/" + path, who, JSON.writeValueAsString(document),
                "\"" + revision + "\"");
    }

    public Answer deleteDocument(Credentials who, String draftId, String path, long revision) {
        return send("DELETE", DRAFTS + "/" + draftId + "/documents/" + path, who, null, "\"" + revision + "\"");
    }

    public Answer publish(Credentials who, String draftId, long revision) {
        return send("POST", DRAFTS + "/" + draftId + "/publish", who, null, "\"" + revision + "\"");
    }

    public long revision(Credentials who, String draftId) {
        return get(DRAFTS + "/" + draftId, who).revision();
    }

    /** Every document of the draft, by path. */
    public Map<String, JsonNode> documents(Credentials who, String draftId) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (JsonNode entry : get(DRAFTS + "/" + draftId, who).json().path("documents")) {
            String path = entry.path("path").asString();
            documents.put(path, get(DRAFTS + "/" + draftId + "/documents/" + path, who).json());
        }
        return documents;
    }

    public Answer send(String method, String path, Credentials who, String json, String ifMatch) {
        return send(method, path, who, json == null ? null : "application/json", json, ifMatch);
    }

    Answer send(String method, String path, Credentials who, String contentType, String body, String ifMatch) {
        String json = body;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + Integer.getInteger("kasus.test.http.port", 9081) + "/" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json, text/plain, application/zip");
        if (who != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
