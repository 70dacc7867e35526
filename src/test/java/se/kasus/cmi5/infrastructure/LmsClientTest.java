package se.kasus.cmi5.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchMode;
import se.kasus.cmi5.domain.LaunchParameters;
import se.kasus.cmi5.domain.MoveOn;

/** Against a small LMS served by the JDK's HTTP server: fetch once, LMS.LaunchData, learner preferences. */
class LmsClientTest {

    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":"
            + "{\"homePage\":\"http://lms.example.com\",\"name\":\"1625378\"}}";
    private static final String LAUNCH_DATA = "{\"contextTemplate\":{\"contextActivities\":{\"grouping\":[{\"id\":"
            + "\"https://kasus.example.se/cmi5/courses/c1/modules/m1/quiz\"}]},\"extensions\":{"
            + "\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"s-42\"}},\"launchMode\":\"Browse\","
            + "\"masteryScore\":0.8,\"moveOn\":\"Passed\",\"returnURL\":\"http://lms.example.com/return?id=12\"}";

    private final AtomicInteger fetches = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, String> lastQuery = new HashMap<>();
    private HttpServer server;
    private String base;
    private LmsClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fetch", exchange -> {
            boolean first = fetches.incrementAndGet() == 1 && "POST".equals(exchange.getRequestMethod());
            reply(exchange, 200, first ? "{\"auth-token\":\"QWxhZGRpbjpvcGVuIHNlc2FtZQ==\"}"
                    : "{\"error-code\":\"1\",\"error-text\":\"The authorization token has already been returned.\"}");
        });
        server.createContext("/xapi/activities/state", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            lastQuery.putAll(query(exchange));
            reply(exchange, 200, LAUNCH_DATA);
        });
        server.createContext("/xapi/agents/profile", exchange -> {
            lastQuery.putAll(query(exchange));
            reply(exchange, 200, "{\"languagePreference\":\"en-US,sv-SE\",\"audioPreference\":\"off\"}");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        client = new LmsClient(HttpClient.newHttpClient(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LaunchParameters launch() {
        return LmsClient.parameters(Map.of("endpoint", base + "/xapi/", "fetch", base + "/fetch?k=2390289x0",
                "actor", ACTOR, "registration", "760e3480-ba55-4991-94b0-01820dbd23a2",
                "activityId", "http://lms.example.com/au/1"));
    }

    @Test
    void theTokenIsFetchedWithOnePostAndASecondPostIsRefusedAsAlreadyUsed() {
        LaunchParameters launch = launch();

        assertThat(client.fetchToken(launch)).isEqualTo("QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assertThat(fetches).hasValue(1);
        assertThatThrownBy(() -> client.fetchToken(launch)).isInstanceOfSatisfying(LaunchException.class,
                e -> assertThat(e.failure()).isEqualTo(LaunchFailure.TOKEN_ALREADY_USED));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void launchDataIsReadFromTheStateResourceWithTheTokenAsBasicAuthorization() {
        LaunchParameters launch = launch();

        LaunchData data = client.launchData(launch, "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");

        assertThat(authorizations).containsExactly("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assertThat(lastQuery).containsEntry("stateId", "LMS.LaunchData")
                .containsEntry("registration", "760e3480-ba55-4991-94b0-01820dbd23a2")
                .containsEntry("activityId", "http://lms.example.com/au/1");
        assertThat(lastQuery.get("agent")).contains("\"name\":\"1625378\"");
        assertThat(data.launchMode()).isEqualTo(LaunchMode.BROWSE);
        assertThat(data.masteryScore()).isEqualTo(0.8);
        assertThat(data.moveOn()).isEqualTo(MoveOn.PASSED);
        assertThat(data.returnUrl()).isEqualTo("http://lms.example.com/return?id=12");
        assertThat(data.sessionId()).isEqualTo("s-42");
        assertThat(data.contextTemplate().contextActivities().grouping().get(0).id())
                .isEqualTo("https://kasus.example.se/cmi5/courses/c1/modules/m1/quiz");
        assertThat(data.contextTemplate().extensions().get(Cmi5Statements.EXTENSION_SESSION_ID)).isEqualTo("s-42");
    }

    @Test
    void theLanguagePreferenceComesFromTheCmi5LearnerPreferencesProfile() {
        assertThat(client.languagePreference(launch(), "t")).contains("en-US,sv-SE");
        assertThat(lastQuery).containsEntry("profileId", "cmi5LearnerPreferences");
    }

    @Test
    void anUnreachableFetchUrlIsReportedAsSuchAndNotRetried() {
        server.stop(0);

        assertThatThrownBy(() -> client.fetchToken(launch())).isInstanceOfSatisfying(LaunchException.class,
                e -> assertThat(e.failure()).isEqualTo(LaunchFailure.LMS_UNREACHABLE));
        assertThat(fetches).hasValue(0);
    }

    @Test
    void launchParametersMissingOrMalformedAreABrokenLaunch() {
        Map<String, String> good = Map.of("endpoint", "https://lrs.example.com/x/", "fetch", "https://lms.example.com/f",
                "actor", ACTOR, "registration", "760e3480-ba55-4991-94b0-01820dbd23a2", "activityId", "http://a/1");
        assertThat(LmsClient.parameters(good).actor().account().name()).isEqualTo("1625378");
        for (String name : good.keySet()) {
            Map<String, String> without = new HashMap<>(good);
            without.remove(name);
            assertThatThrownBy(() -> LmsClient.parameters(without)).as(name)
                    .isInstanceOfSatisfying(LaunchException.class,
                            e -> assertThat(e.failure()).isEqualTo(LaunchFailure.MISSING_PARAMETERS));
        }
        Map<String, String> mboxActor = new HashMap<>(good);
        mboxActor.put("actor", "{\"mbox\":\"mailto:a@example.com\"}");
        assertThatThrownBy(() -> LmsClient.parameters(mboxActor)).isInstanceOf(LaunchException.class);
        Map<String, String> badRegistration = new HashMap<>(good);
        badRegistration.put("registration", "not-a-uuid");
        assertThatThrownBy(() -> LmsClient.parameters(badRegistration)).isInstanceOf(LaunchException.class);
        Map<String, String> javascriptFetch = new HashMap<>(good);
        javascriptFetch.put("fetch", "javascript:alert(1)");
        assertThatThrownBy(() -> LmsClient.parameters(javascriptFetch)).isInstanceOf(LaunchException.class);
    }

    @Test
    void launchDataWithoutAContextTemplateOrWithAnUnknownModeIsRejected() {
        assertThatThrownBy(() -> LmsClient.readLaunchData("{\"launchMode\":\"Normal\"}"))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.failure()).isEqualTo(LaunchFailure.LAUNCH_DATA_MISSING));
        assertThatThrownBy(() -> LmsClient.readLaunchData("{\"contextTemplate\":{},\"launchMode\":\"normal\"}"))
                .isInstanceOf(LaunchException.class);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
