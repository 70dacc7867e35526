package se.kasus.cmi5.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.cmi5.application.LaunchStarter;
import se.kasus.cmi5.application.StartedLaunch;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchMode;
import se.kasus.it.cmi5.FakeLms;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;
import tools.jackson.databind.JsonNode;

/** A launch from the test LMS through LmsClient and LaunchStarter, as the launch page will make it. */
class FakeLmsLaunchTest {

    private static final String AU = "https://kasus.example.se/cmi5/launch/forvaltningsratt/m1/case/case-01";
    private static final String PUBLISHER = "https://kasus.example.se/cmi5/courses/forvaltningsratt/modules/m1/cases/case-01";
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.com\","
            + "\"name\":\"1625378\"}}";
    private static final UUID REGISTRATION = UUID.fromString("760e3480-ba55-4991-94b0-01820dbd23a2");
    private static final String ACTIVITY = "https://lms.example.com/au/forvaltningsratt/case-01";

    private final HttpClient http = HttpClient.newHttpClient();
    private final LmsClient client = new LmsClient(http, Duration.ofSeconds(5));
    private FakeLms lms;

    @BeforeEach
    void start() {
        lms = new FakeLms().start().learnerPreferences("{\"languagePreference\":\"sv-SE,en-US\"}");
    }

    @AfterEach
    void stop() {
        lms.close();
    }

    private static String launchData(String mode) {
        return "{\"contextTemplate\":{\"contextActivities\":{\"grouping\":[{\"id\":\"" + PUBLISHER + "\"}]},"
                + "\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"s-0001\"}},"
                + "\"launchMode\":\"" + mode + "\",\"moveOn\":\"Completed\",\"returnURL\":\"https://lms.example.com/back\"}";
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void aNormalLaunchStartsAndItsStatementsReachTheLmsLrsInOrderWithTheToken() throws Exception {
        String url = lms.launch(AU, ACTOR, REGISTRATION, ACTIVITY, launchData("Normal"));

        StartedLaunch started = new LaunchStarter(client).start(LmsClient.parameters(queryOf(url)), PUBLISHER);

        assertThat(lms.fetchPosts()).isEqualTo(1);
        assertThat(started.launchData().launchMode()).isEqualTo(LaunchMode.NORMAL);
        assertThat(started.launchData().returnUrl()).isEqualTo("https://lms.example.com/back");
        assertThat(started.languagePreference()).contains("sv-SE,en-US");
        Cmi5Statements statements = new Cmi5Statements(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
        List<Statement> session = List.of(statements.initialized(started.context()),
                statements.completed(started.context(), Duration.ofMinutes(6)),
                statements.terminated(started.context(), Duration.ofMinutes(7)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(started.parameters().endpoint() + "statements"))
                .header("Authorization", "Basic " + started.token()).header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(XapiJson.write(session))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(lms.received()).extracting(s -> s.path("verb").path("id").asString()).containsExactly(
                "http://adlnet.gov/expapi/verbs/initialized", "http://adlnet.gov/expapi/verbs/completed",
                "http://adlnet.gov/expapi/verbs/terminated");
        for (JsonNode statement : lms.received()) {
            assertThat(statement.path("object").path("id").asString()).isEqualTo(ACTIVITY);
            assertThat(statement.path("context").path("registration").asString()).isEqualTo(REGISTRATION.toString());
            assertThat(statement.path("context").path("extensions")
                    .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asString()).isEqualTo("s-0001");
            assertThat(statement.path("context").path("contextActivities").path("grouping").get(0).path("id").asString())
                    .isEqualTo(PUBLISHER);
            assertThat(statement.path("context").path("contextActivities").path("category").get(0).path("id").asString())
                    .isEqualTo("https://w3id.org/xapi/cmi5/context/categories/cmi5");
        }
    }

    @Test
    void theSameLaunchUrlOpenedAgainIsRefusedByTheLmsAsAlreadyUsed() {
        String url = lms.launch(AU, ACTOR, REGISTRATION, ACTIVITY, launchData("Browse"));
        new LaunchStarter(client).start(LmsClient.parameters(queryOf(url)), PUBLISHER);

        assertThatThrownBy(() -> new LaunchStarter(client).start(LmsClient.parameters(queryOf(url)), PUBLISHER))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.failure()).isEqualTo(LaunchFailure.TOKEN_ALREADY_USED));
        assertThat(lms.fetchPosts()).isEqualTo(2);
    }

    @Test
    void aTokenTheLmsDidNotGiveIsRefusedAtTheStateResource() {
        String url = lms.launch(AU, ACTOR, REGISTRATION, ACTIVITY, launchData("Normal"));

        assertThatThrownBy(() -> client.launchData(LmsClient.parameters(queryOf(url)), "forged"))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.failure()).isEqualTo(LaunchFailure.TOKEN_REFUSED));
    }
}
