package se.kasus.it.lrs;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An LRS client for the tests: credentials made through the admin API, requests with any headers. */
final class Lrs {

    static final String VERSION = "X-Experience-API-Version";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KasusApi api = KasusApi.testServer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base = URI.create("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + "/");
    private final String authorization;

    private Lrs(String authorization) {
        this.authorization = authorization;
    }

    /** A client with a new read-write credential. */
    static Lrs readWrite() {
        return withNewCredential("READ_WRITE");
    }

    static Lrs readOnly() {
        return withNewCredential("READ");
    }

    static Lrs withAuthorization(String authorization) {
        return new Lrs(authorization);
    }

    static Lrs withNewCredential(String scope) {
        KasusApi api = KasusApi.testServer();
        KasusApi.Reply created = api.post("api/admin/lrs-credentials", api.admin(),
                "{\"name\":\"IT " + UUID.randomUUID() + "\",\"scope\":\"" + scope + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not create an LRS credential: " + created);
        }
        return new Lrs(basic(created.json().path("key").asString(), created.json().path("secret").asString()));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String authorization() {
        return authorization;
    }

    KasusApi kasus() {
        return api;
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Reply get(String path) {
        return request("GET", path).send();
    }

    Reply postJson(String path, String json) {
        return request("POST", path).json(json).send();
    }

    Reply putJson(String path, String json) {
        return request("PUT", path).json(json).send();
    }

    /** Posts one statement and returns its id. */
    String store(String statementJson) {
        Reply reply = postJson("xapi/statements", statementJson);
        if (reply.status() != 200) {
            throw new IllegalStateException("could not store: " + reply.status() + " " + reply.text());
        }
        return reply.json().get(0).asString();
    }

    /** A request being built: version header and credentials are set unless removed. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put(VERSION, "1.0.3");
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
        }

        Request header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Request json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Request body(String contentType, byte[] content) {
            header("Content-Type", contentType);
            this.body = content;
            return this;
        }

        Reply send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
