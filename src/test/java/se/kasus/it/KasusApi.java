package se.kasus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the Kasus API as a learner, trainer or administrator would call it. */
public final class KasusApi {

    public static final String COURSE = "mr-offentlig-verksamhet";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Credentials admin;

    public KasusApi(int port, Credentials admin) {
        this.base = URI.create("http://localhost:" + port + "/");
        this.admin = admin;
    }

    /** The Arquillian-driven test server. */
    public static KasusApi testServer() {
        return new KasusApi(Integer.getInteger("kasus.test.http.port", 9081),
                new Credentials("admin", "it-operator-secret-0001"));
    }

    public Credentials admin() {
        return admin;
    }

    public Reply get(String path, Credentials who) {
        return send(request(path, who).GET().build());
    }

    public Reply post(String path, Credentials who, String json) {
        return send(request(path, who).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Reply put(String path, Credentials who, String json) {
        return send(request(path, who).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Reply send(String method, String path, Credentials who, String contentType, String body) {
        HttpRequest.Builder builder = request(path, who);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A new learner account with a unique name, created through the admin API. */
    public Credentials newLearner() {
        return newLearner("Testare");
    }

    /** A new learner account with a unique name and the given display name. */
    public Credentials newLearner(String displayName) {
        String username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials learner = new Credentials(username, "lösenord-för-test-" + UUID.randomUUID());
        Reply reply = post("api/admin/users", admin,
                "{\"username\":\"" + username + "\",\"password\":\"" + learner.password() + "\",\"displayName\":\"" + displayName + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create learner: " + reply);
        }
        return learner;
    }

    /** A new account with the TRAINER and LEARNER roles, created with them through the admin API. */
    public Credentials newTrainer() {
        String username = "utbildare-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials trainer = new Credentials(username, "lösenord-för-" + UUID.randomUUID());
        Reply created = post("api/admin/users", admin, "{\"username\":\"" + username + "\",\"password\":\""
                + trainer.password() + "\",\"displayName\":\"Tina Tränare\",\"roles\":[\"TRAINER\",\"LEARNER\"]}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a trainer: " + created);
        }
        return trainer;
    }

    /** A request whose body and answer are bytes (zips, PDFs), with the given Accept header. */
    public HttpResponse<byte[]> sendBytes(String method, String path, Credentials who, String contentType, byte[] body,
                                          String accept) {
        HttpRequest.Builder builder = request(path, who).setHeader("Accept", accept);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String enroll(Credentials learner) {
        return post("api/enrollments", learner, "{\"courseId\":\"" + COURSE + "\"}").json().get("enrollmentId").asString();
    }

    public String startCase(Credentials learner, String enrollmentId, String caseId) {
        return post("api/enrollments/" + enrollmentId + "/cases/" + caseId + "/attempt", learner, "")
                .json().get("attemptId").asString();
    }

    public Reply decide(Credentials learner, String attemptId, String stepId, String optionId) {
        return post("api/attempts/" + attemptId + "/decisions", learner,
                "{\"stepId\":\"" + stepId + "\",\"optionId\":\"" + optionId + "\"}");
    }

    /** A GET from the embedded LRS (path below /xapi/) with a new read-only LRS credential; fails unless 200. */
    public String lrsGet(String path) {
        JsonNode credential = post("api/admin/lrs-credentials", admin, "{\"name\":\"it-reader\",\"scope\":\"READ\"}").json();
        String basic = Base64.getEncoder().encodeToString((credential.path("key").asString() + ":"
                + credential.path("secret").asString()).getBytes(StandardCharsets.UTF_8));
        Reply reply = send(HttpRequest.newBuilder(base.resolve("xapi/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).header("X-Experience-API-Version", "1.0.3").GET().build());
        if (reply.status() != 200) {
            throw new IllegalStateException("LRS GET " + path + ": " + reply);
        }
        return reply.body();
    }

    private HttpRequest.Builder request(String path, Credentials who) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (who != null) {
            String token = Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                    .getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(),
                    response.headers().firstValue("Retry-After").map(Long::valueOf).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Credentials(String username, String password) {
    }

    public record Reply(int status, String contentType, String location, String body, Long retryAfter) {

        public Reply(int status, String contentType, String location, String body) {
            this(status, contentType, location, body, null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The problem type's last part, e.g. "not-found". */
        public String problemType() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf(':') + 1);
        }
    }
}
