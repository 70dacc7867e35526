package se.kasus.cmi5.application;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchParameters;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;

/** Reads the five values an LMS appends to the AU URL (cmi5 8.1): endpoint, fetch, actor, registration, activityId. */
public final class LaunchQuery {

    private LaunchQuery() {
    }

    /** The launch values, or {@link LaunchFailure#MISSING_PARAMETERS} when one is absent or malformed. */
    public static LaunchParameters parameters(Map<String, String> query) {
        String endpoint = required(query, "endpoint");
        String fetch = required(query, "fetch");
        String activityId = required(query, "activityId");
        requireHttpUrl(endpoint, "endpoint");
        requireHttpUrl(fetch, "fetch");
        UUID registration;
        try {
            registration = UUID.fromString(required(query, "registration"));
        } catch (IllegalArgumentException e) {
            throw new LaunchException(LaunchFailure.MISSING_PARAMETERS, "registration is not a UUID", e);
        }
        Actor actor;
        try {
            actor = XapiJson.readActor(required(query, "actor"));
        } catch (RuntimeException e) {
            throw new LaunchException(LaunchFailure.MISSING_PARAMETERS, "actor is not an xAPI Agent", e);
        }
        if (!(actor instanceof Agent agent) || agent.account() == null) {
            throw new LaunchException(LaunchFailure.MISSING_PARAMETERS, "actor is not an Agent with an account");
        }
        return new LaunchParameters(endpoint.endsWith("/") ? endpoint : endpoint + "/", fetch, agent, registration,
                activityId);
    }

    /** Whether a URL (such as returnURL) is absolute http(s), the only kind Kasus sends a browser to. */
    public static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * Whether the URL belongs to one of the trusted LMS addresses: the same scheme and host, the same port when the
     * entry names one (an entry without a port trusts the host on any port), and a path that starts with the
     * entry's path. Hosts are compared whole, so {@code https://lms.example.org} does not trust
     * {@code https://lms.example.org.evil.test}.
     */
    public static boolean trusted(String url, List<String> entries) {
        URI target;
        try {
            target = URI.create(url).normalize();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (target.getHost() == null || target.getRawUserInfo() != null) {
            return false;
        }
        for (String entry : entries) {
            URI trusted;
            try {
                trusted = URI.create(entry.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (trusted.getHost() == null || !trusted.getScheme().equalsIgnoreCase(target.getScheme())
                    || !trusted.getHost().equalsIgnoreCase(target.getHost())) {
                continue;
            }
            if (trusted.getPort() != -1 && trusted.getPort() != port(target)) {
                continue;
            }
            String path = trusted.getRawPath() == null || trusted.getRawPath().isEmpty() ? "/" : trusted.getRawPath();
            String targetPath = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            if (targetPath.startsWith(path)) {
                return true;
            }
        }
        return false;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw new LaunchException(LaunchFailure.MISSING_PARAMETERS, name + " is missing");
        }
        return value;
    }

    private static void requireHttpUrl(String value, String name) {
        if (!isHttpUrl(value)) {
            throw new LaunchException(LaunchFailure.MISSING_PARAMETERS, name + " is not an http(s) URL");
        }
    }
}
