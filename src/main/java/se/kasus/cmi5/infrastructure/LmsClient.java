package se.kasus.cmi5.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import se.kasus.cmi5.application.LaunchQuery;
import se.kasus.cmi5.application.LmsConnection;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchMode;
import se.kasus.cmi5.domain.LaunchParameters;
import se.kasus.cmi5.domain.MoveOn;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an AU asks of the LMS at launch (cmi5 sections 8, 10, 11): the launch URL's parameters, the auth token from
 * the one-time fetch URL (one POST, never retried), LMS.LaunchData from the State resource and the learner
 * preferences from the Agent Profile resource, all with the token as the Basic Authorization value (8.2.1).
 */
public final class LmsClient implements LmsConnection {

    static final String LAUNCH_DATA = "LMS.LaunchData";
    static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";
    private static final String XAPI_VERSION = "1.0.3";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;

    public LmsClient(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** The five launch values of 8.1 (see {@link LaunchQuery#parameters}). */
    public static LaunchParameters parameters(Map<String, String> query) {
        return LaunchQuery.parameters(query);
    }

    /**
     * The auth token: one HTTP POST to the fetch URL (8.2.1; the AU SHOULD NOT post twice, so a failure is never
     * retried). An answer with "error-code" becomes the failure of 8.2.3.2.
     */
    @Override
    public String fetchToken(LaunchParameters launch) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(launch.fetch())).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException(LaunchFailure.LMS_UNREACHABLE, "fetch URL did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchFailure.LMS_UNREACHABLE, "interrupted while fetching the token", e);
        }
        JsonNode body = readJson(response.body());
        if (body != null && body.hasNonNull("error-code")) {
            throw new LaunchException(LaunchFailure.forFetchErrorCode(body.get("error-code").asString()),
                    "fetch URL answered error-code " + body.get("error-code").asString() + ": "
                            + body.path("error-text").asString(""));
        }
        if (response.statusCode() != 200 || body == null || !body.hasNonNull("auth-token")) {
            throw new LaunchException(LaunchFailure.LMS_APPLICATION_ERROR,
                    "fetch URL answered " + response.statusCode() + " without an auth-token");
        }
        return body.get("auth-token").asString();
    }

    /** LMS.LaunchData for the launch (section 10); the AU never changes or deletes it. */
    @Override
    public LaunchData launchData(LaunchParameters launch, String token) {
        String query = "activityId=" + encode(launch.activityId()) + "&agent=" + encode(XapiJson.write(launch.actor()))
                + "&registration=" + encode(launch.registration().toString()) + "&stateId=" + encode(LAUNCH_DATA);
        HttpResponse<String> response = get(launch.endpoint() + "activities/state?" + query, token);
        if (response.statusCode() == 404) {
            throw new LaunchException(LaunchFailure.LAUNCH_DATA_MISSING, "no LMS.LaunchData document");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new LaunchException(LaunchFailure.TOKEN_REFUSED, "LRS answered " + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new LaunchException(LaunchFailure.LMS_UNREACHABLE, "LRS answered " + response.statusCode());
        }
        return readLaunchData(response.body());
    }

    /**
     * The learner's languagePreference from the cmi5LearnerPreferences Agent Profile document (section 11), empty
     * when there is none; a 403 is not an error (11.0).
     */
    @Override
    public Optional<String> languagePreference(LaunchParameters launch, String token) {
        String query = "agent=" + encode(XapiJson.write(launch.actor())) + "&profileId=" + encode(LEARNER_PREFERENCES);
        HttpResponse<String> response = get(launch.endpoint() + "agents/profile?" + query, token);
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode body = readJson(response.body());
        return body == null || !body.hasNonNull("languagePreference") ? Optional.empty()
                : Optional.of(body.get("languagePreference").asString());
    }

    /** Parses an LMS.LaunchData document; contextTemplate and launchMode are required (section 10). */
    static LaunchData readLaunchData(String json) {
        JsonNode node = readJson(json);
        if (node == null || !node.isObject() || !node.path("contextTemplate").isObject()
                || !node.hasNonNull("launchMode")) {
            throw new LaunchException(LaunchFailure.LAUNCH_DATA_MISSING,
                    "LMS.LaunchData lacks contextTemplate or launchMode");
        }
        Context template;
        LaunchMode mode;
        MoveOn moveOn;
        try {
            template = contextOf(node.get("contextTemplate"));
            mode = LaunchMode.fromSpec(node.get("launchMode").asString());
            moveOn = node.hasNonNull("moveOn") ? MoveOn.fromSpec(node.get("moveOn").asString()) : null;
        } catch (RuntimeException e) {
            throw new LaunchException(LaunchFailure.LAUNCH_DATA_MISSING, "LMS.LaunchData is not valid", e);
        }
        Double masteryScore = node.hasNonNull("masteryScore") ? node.get("masteryScore").asDouble() : null;
        return new LaunchData(template, mode, masteryScore, moveOn, text(node, "returnURL"),
                text(node, "launchParameters"));
    }

    /** Reads a context with Kasus's xAPI reader, by placing it in a minimal statement. */
    private static Context contextOf(JsonNode context) {
        String statement = "{\"actor\":{\"mbox\":\"mailto:template@example.invalid\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"http://example.invalid/template\"},\"context\":" + context + "}";
        return XapiJson.readStatement(statement).context();
    }

    private HttpResponse<String> get(String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Authorization", "Basic " + token)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException(LaunchFailure.LMS_UNREACHABLE, "LRS did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchFailure.LMS_UNREACHABLE, "interrupted", e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static JsonNode readJson(String text) {
        try {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
