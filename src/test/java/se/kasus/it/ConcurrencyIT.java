package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Many requests of one learner at once (double clicks, several tabs, a retrying client) all succeed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

    private static final int REQUESTS = 20;
    private static final long LIMIT_SECONDS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void twentyParallelSavesOfOneReflectionAllSucceedAndTheLastWriterWins() {
        Credentials learner = api.newLearner();
        String attemptId = api.startCase(learner, api.enroll(learner), "case-01");
        SessionClient browser = SessionClient.loggedIn(learner);
        List<String> texts = IntStream.range(0, REQUESTS).mapToObj(i -> "Mitt svar nummer " + i + ".").toList();

        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS, i -> browser.put(
                "/api/attempts/" + attemptId + "/reflection", "{\"text\":\"" + texts.get(i) + "\"}").statusCode());

        assertThat(statuses).as("every save answers 200, none hangs").containsOnly(200);
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        assertThat(attempt.path("reflection").path("answer").asString()).isIn(texts);
    }

    @Test
    void twentyParallelStartsOfOneCaseAllAnswerTheSameAttempt() {
        Credentials learner = api.newLearner();
        String enrollment = api.enroll(learner);
        SessionClient browser = SessionClient.loggedIn(learner);

        List<String> attempts = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Parallel.statuses(REQUESTS, LIMIT_SECONDS, i -> {
            HttpResponse<String> reply = browser.post("/api/enrollments/" + enrollment + "/cases/case-02/attempt", "");
            if (reply.statusCode() == 200) {
                attempts.add(JSON.readTree(reply.body()).path("attemptId").asString());
            }
            return reply.statusCode();
        });

        assertThat(statuses).containsOnly(200);
        Set<String> distinct = attempts.stream().collect(Collectors.toSet());
        assertThat(distinct).hasSize(1);
    }
}
