package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Password guessing is throttled with the default limits (10 failed attempts per account, then one a minute).
 * Each test uses its own account; together they stay well under the per-address allowance (50 a minute), so
 * the other tests on this server, all from the same address, are not throttled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottlingIT {

    private static final int ACCOUNT_ATTEMPTS = 10;
    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static HttpResponse<String> basicGet(Credentials who) {
        return RawHttp.send(RawHttp.request("/api/me").header("Authorization", RawHttp.basic(who))
                .header("Accept", "application/json").GET().build());
    }

    private static HttpResponse<String> formLogin(Credentials who) {
        String form = "username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(who.password(), StandardCharsets.UTF_8);
        return RawHttp.send(RawHttp.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    void theEleventhWrongPasswordIs429WithRetryAfterAndTheRightPasswordIsRefusedUntilThen() {
        Credentials learner = api.newLearner();
        Credentials guess = new Credentials(learner.username(), "gissning-" + UUID.randomUUID());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ACCOUNT_ATTEMPTS; i++) {
            statuses.add(basicGet(guess).statusCode());
        }
        HttpResponse<String> throttled = basicGet(guess);
        HttpResponse<String> right = basicGet(learner);

        assertThat(statuses).containsOnly(401);
        for (HttpResponse<String> reply : List.of(throttled, right)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(429);
            assertThat(RawHttp.header(reply, "Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(RawHttp.header(reply, "Retry-After"))).isBetween(1L, 60L);
            JsonNode problem = JsonMapper.builder().build().readTree(reply.body());
            assertThat(problem.path("type").asString()).isEqualTo("urn:kasus:problem:too-many-login-attempts");
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(reply.body()).doesNotContain(learner.password());
        }
    }

    @Test
    void anUnknownUsernameIsThrottledLikeAKnownOne() {
        Credentials nobody = new Credentials("finns-inte-" + UUID.randomUUID().toString().substring(0, 8), "gissning-1");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ACCOUNT_ATTEMPTS; i++) {
            statuses.add(basicGet(nobody).statusCode());
        }

        assertThat(statuses).containsOnly(401);
        assertThat(basicGet(nobody).statusCode()).isEqualTo(429);
    }

    @Test
    void theLoginFormSendsAThrottledLearnerToASwedishExplanation() {
        Credentials learner = api.newLearner();
        Credentials guess = new Credentials(learner.username(), "gissning-" + UUID.randomUUID());

        List<String> redirects = new ArrayList<>();
        for (int i = 0; i < ACCOUNT_ATTEMPTS; i++) {
            redirects.add(RawHttp.header(formLogin(guess), "Location"));
        }
        HttpResponse<String> throttled = formLogin(guess);
        HttpResponse<String> right = formLogin(learner);

        assertThat(redirects).allSatisfy(location -> assertThat(location).endsWith("/logga-in.html?fel=1"));
        for (HttpResponse<String> reply : List.of(throttled, right)) {
            assertThat(reply.statusCode()).isIn(302, 303);
            assertThat(RawHttp.header(reply, "Location")).matches(".*/logga-in\\.html\\?fel=strypt&vanta=\\d+");
            assertThat(reply.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("KASUSSESSION=") && !c.contains("Max-Age=0"));
        }
    }
}
