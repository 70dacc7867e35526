package se.kasus.xapi.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An LRS inside the test, on an ephemeral loopback port: enough of xAPI to exercise the client, with every
 * request recorded. Checks Basic auth and the version header as an LRS must.
 */
final class FakeLrs implements AutoCloseable {

    static final String USER = "kasus";
    static final String PASSWORD = "hemligt";

    /** One request as the fake received it. */
    record Recorded(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
    }

    /** One answer: status, headers and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        static Answer of(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }

        static Answer json(int status, String json) {
            return new Answer(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final FakeStatements statements = new FakeStatements();
    private final FakeDocuments documents = new FakeDocuments();

    FakeLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/xapi/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/");
    }

    List<Recorded> requests() {
        return requests;
    }

    Recorded lastRequest() {
        return requests.get(requests.size() - 1);
    }

    FakeStatements statements() {
        return statements;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Recorded request = record(exchange);
            Answer answer = route(request);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        }
    }

    private Answer route(Recorded request) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.headers().get("authorization"))) {
            return Answer.json(401, "{\"message\":\"unknown credentials\"}");
        }
        if (!request.headers().containsKey("x-experience-api-version")) {
            return Answer.json(400, "{\"message\":\"X-Experience-API-Version is required\"}");
        }
        String resource = request.path().substring("/xapi/".length());
        switch (resource) {
            case "statements":
                return statements.handle(request);
            case "activities/state":
                return documents.handle(request, "stateId", "activityId", "agent", "registration");
            case "activities/profile":
                return documents.handle(request, "profileId", "activityId");
            case "agents/profile":
                return documents.handle(request, "profileId", "agent");
            case "about":
                return Answer.json(200, "{\"version\":[\"1.0.3\",\"2.0.0\"]}");
            default:
                return Answer.of(404);
        }
    }

    private Recorded record(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                query(exchange.getRequestURI().getRawQuery()), headers, body);
        requests.add(recorded);
        return recorded;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
