package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.it.lrs.StatementsIT.q;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.Parallel;
import tools.jackson.databind.JsonNode;

/**
 * Many clients writing one State document at once: each request is answered (2xx, or 412 where an If-Match
 * condition no longer holds), none hangs, and what is stored is what one of them sent, or for POST all merges.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentConcurrencyIT {

    private static final int REQUESTS = 20;
    private static final long LIMIT_SECONDS = 30;

    private final Lrs lrs = Lrs.readWrite();
    /** HTTP/1.1: Liberty's cleartext HTTP/2 upgrade, which the JDK client tries by default, hung under this load. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + "/";
    private final String state = "xapi/activities/state?activityId=" + q(Statements.activity()) + "&agent="
            + q(Statements.agent(Statements.mbox())) + "&stateId=" + q("progress");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private int send(String method, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + state)).timeout(Duration.ofSeconds(LIMIT_SECONDS))
                .header("Authorization", lrs.authorization()).header(Lrs.VERSION, "1.0.3")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> documents() {
        return IntStream.range(0, REQUESTS).mapToObj(i -> "{\"writer\":" + i + "}").toList();
    }

    @Test
    void twentyParallelPutsOfANewDocumentAllSucceedAndOneOfThemIsStored() {
        List<String> sent = documents();

        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS,
                i -> send("PUT", null, sent.get(i)));

        assertThat(statuses).containsOnly(204);
        assertThat(lrs.get(state).text()).isIn(sent);
    }

    @Test
    void twentyParallelPutsOfAnExistingDocumentAllSucceedAndOneOfThemIsStored() {
        lrs.request("PUT", state).json("{\"writer\":\"first\"}").send();
        List<String> sent = documents();

        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS,
                i -> send("PUT", null, sent.get(i)));

        assertThat(statuses).containsOnly(204);
        assertThat(lrs.get(state).text()).isIn(sent);
    }

    @Test
    void twentyParallelPostsToANewDocumentAreAllMerged() {
        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS,
                i -> send("POST", null, "{\"k" + i + "\":" + i + "}"));

        assertThat(statuses).containsOnly(204);
        JsonNode stored = lrs.get(state).json();
        assertThat(stored.propertyNames()).hasSize(REQUESTS);
        IntStream.range(0, REQUESTS).forEach(i -> assertThat(stored.path("k" + i).asInt()).isEqualTo(i));
    }

    @Test
    void ofTwentyParallelPutsWithTheSameIfMatchOneWinsAndTheOthersAre412() {
        lrs.request("PUT", state).json("{\"writer\":\"first\"}").send();
        String etag = lrs.get(state).header("ETag");
        List<String> sent = documents();

        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS,
                i -> send("PUT", etag, sent.get(i)));

        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(REQUESTS - 1);
        String stored = lrs.get(state).text();
        assertThat(stored).isEqualTo(sent.get(statuses.indexOf(204)));
    }
}
