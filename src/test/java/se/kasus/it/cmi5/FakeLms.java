package se.kasus.it.cmi5;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An LMS as cmi5 (Quartz) describes it, for tests: it makes launch URLs with a one-time fetch URL (8.1, 8.2; a
 * second POST answers error-code 1 with status 200, 8.2.3), writes LMS.LaunchData in its State resource (10.0),
 * holds a cmi5LearnerPreferences Agent Profile document (11.0), and is the LRS the AU sends statements to. Every
 * xAPI call must carry "Authorization: Basic &lt;auth-token&gt;" of a token it gave out, else 401.
 */
public final class FakeLms implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> fetchKeys = new ConcurrentHashMap<>();
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> launchData = new ConcurrentHashMap<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetchPosts = new AtomicInteger();
    private volatile String learnerPreferences;
    private volatile boolean statementsDown;
    private HttpServer server;

    public FakeLms start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/lms/fetch", this::fetch);
        server.createContext("/xapi/activities/state", this::state);
        server.createContext("/xapi/agents/profile", this::profile);
        server.createContext("/xapi/statements", this::statements);
        server.createContext("/lms/return", this::returnPage);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String endpoint() {
        return base() + "/xapi/";
    }

    public FakeLms learnerPreferences(String json) {
        learnerPreferences = json;
        return this;
    }

    /**
     * Writes LMS.LaunchData for (activityId, registration) and answers the launch URL: auUrl with endpoint, a new
     * one-time fetch URL, actor, registration and activityId, each URL-encoded.
     */
    public String launch(String auUrl, String actorJson, UUID registration, String activityId, String launchDataJson) {
        launchData.put(activityId + "|" + registration, launchDataJson);
        String key = UUID.randomUUID().toString();
        fetchKeys.put(key, "token-" + UUID.randomUUID());
        return auUrl + (auUrl.contains("?") ? "&" : "?") + "endpoint=" + encode(endpoint())
                + "&fetch=" + encode(base() + "/lms/fetch?k=" + key) + "&actor=" + encode(actorJson)
                + "&registration=" + registration + "&activityId=" + encode(activityId);
    }

    /** The returnURL the LMS writes in LMS.LaunchData: a page of the LMS that says the learner is back. */
    public String returnUrl() {
        return base() + "/lms/return";
    }

    /** While down, the Statement resource answers 503 (the LMS's LRS is out of service); nothing is received. */
    public FakeLms statementsDown(boolean down) {
        statementsDown = down;
        return this;
    }

    public int fetchPosts() {
        return fetchPosts.get();
    }

    /** The statements in arrival order, as the LMS's LRS received them. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    private void fetch(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "");
                return;
            }
            fetchPosts.incrementAndGet();
            String key = query(exchange).get("k");
            String token = key == null ? null : fetchKeys.get(key);
            if (token == null) {
                reply(exchange, 200, "{\"error-code\":\"2\",\"error-text\":\"Unknown launch.\"}");
            } else if (!usedKeys.add(key)) {
                reply(exchange, 200, "{\"error-code\":\"1\",\"error-text\":\"The authorization token has already"
                        + " been returned.\"}");
            } else {
                tokens.add(token);
                reply(exchange, 200, "{\"auth-token\":\"" + token + "\"}");
            }
        }
    }

    private void state(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange)) {
                return;
            }
            Map<String, String> q = query(exchange);
            String doc = "LMS.LaunchData".equals(q.get("stateId"))
                    ? launchData.get(q.get("activityId") + "|" + q.get("registration")) : null;
            reply(exchange, doc == null ? 404 : 200, doc == null ? "" : doc);
        }
    }

    private void profile(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange)) {
                return;
            }
            String doc = "cmi5LearnerPreferences".equals(query(exchange).get("profileId")) ? learnerPreferences : null;
            reply(exchange, doc == null ? 404 : 200, doc == null ? "" : doc);
        }
    }

    private void returnPage(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = "<!doctype html><html lang=\"en\"><head><title>Test LMS</title></head><body><main><h1>Back in the LMS</h1></main></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void statements(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (statementsDown) {
                reply(exchange, 503, "");
                return;
            }
            if (!authorized(exchange)) {
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) && !"PUT".equals(exchange.getRequestMethod())) {
                reply(exchange, 404, "");
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            List<JsonNode> batch = new ArrayList<>();
            if (body.isArray()) {
                body.forEach(batch::add);
            } else {
                batch.add(body);
            }
            received.addAll(batch);
            List<String> ids = new ArrayList<>();
            batch.forEach(s -> ids.add("\"" + s.path("id").asString() + "\""));
            reply(exchange, 200, "[" + String.join(",", ids) + "]");
        }
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ") || !tokens.contains(header.substring(6))) {
            reply(exchange, 401, "");
            return false;
        }
        return true;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
