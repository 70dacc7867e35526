package se.kasus.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's LRS as the tests need it: it can fail every other request, be down, or hold a
 * request open. It stores what it receives (in arrival order) before answering, as a real LRS does,
 * and answers GET ?statementId= so that Kasus can ask what arrived.
 */
public final class FakeLrs implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger postCount = new AtomicInteger();
    private volatile boolean failEveryOther;
    private volatile long holdMillis;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private HttpServer server;
    private int port;

    public FakeLrs start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/xapi/statements", this::statements);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return this;
    }

    /** Down: nothing listens on the port any more (connection refused). */
    public void stop() {
        server.stop(0);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xapi/";
    }

    public FakeLrs failingEveryOtherRequest(boolean fail) {
        failEveryOther = fail;
        return this;
    }

    /** Holds the next POST open this long after storing it; {@link #awaitHeld} returns once one is held. */
    public FakeLrs holdingPosts(long millis) {
        held = new CountDownLatch(1);
        holdMillis = millis;
        return this;
    }

    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    /** Statement ids in the order they arrived, duplicates included. */
    public List<String> receivedIds() {
        List<String> ids = new ArrayList<>();
        received.forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    public int posts() {
        return postCount.get();
    }

    private void statements(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                String query = exchange.getRequestURI().getQuery();
                String id = query == null ? "" : query.replaceAll(".*statementId=([^&]+).*", "$1");
                JsonNode found = received.stream().filter(s -> s.path("id").asString().equals(id)).findFirst().orElse(null);
                reply(exchange, found == null ? 404 : 200, found == null ? "" : found.toString());
                return;
            }
            int n = postCount.incrementAndGet();
            if (failEveryOther && n % 2 == 1) {
                reply(exchange, 503, "{\"error\":\"busy\"}");
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
            if (holdMillis > 0) {
                long hold = holdMillis;
                holdMillis = 0;
                held.countDown();
                Thread.sleep(hold);
            }
            List<String> ids = new ArrayList<>();
            batch.forEach(s -> ids.add("\"" + s.path("id").asString() + "\""));
            reply(exchange, 200, "[" + String.join(",", ids) + "]");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        stop();
    }
}
