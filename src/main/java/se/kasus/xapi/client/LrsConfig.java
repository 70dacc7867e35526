package se.kasus.xapi.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import se.kasus.xapi.model.XapiVersion;

/**
 * Where an LRS is and how to talk to it.
 *
 * @param endpoint the xAPI base URL, such as {@code https://lrs.example.com/xapi/}; resources are resolved under it
 * @param username the Basic-auth user (key)
 * @param password the Basic-auth password (secret)
 * @param version the xAPI version sent in {@code X-Experience-API-Version}
 * @param timeout how long one request may take
 * @param authorization a ready Authorization header value used instead of username and password, or null; cmi5
 *     gives an AU an auth token to send as {@code Basic <token>} as it is (cmi5 8.2.1)
 */
public record LrsConfig(URI endpoint, String username, String password, XapiVersion version, Duration timeout,
        String authorization) {

    public LrsConfig(URI endpoint, String username, String password, XapiVersion version, Duration timeout) {
        this(endpoint, username, password, version, timeout, null);
    }

    public LrsConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timeout, "timeout");
        endpoint = endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    }

    /** xAPI 1.0.3 and a 30-second timeout. */
    public static LrsConfig of(URI endpoint, String username, String password) {
        return new LrsConfig(endpoint, username, password, XapiVersion.V1_0_3, Duration.ofSeconds(30));
    }

    public LrsConfig withVersion(XapiVersion newVersion) {
        return new LrsConfig(endpoint, username, password, newVersion, timeout, authorization);
    }

    public LrsConfig withTimeout(Duration newTimeout) {
        return new LrsConfig(endpoint, username, password, version, newTimeout, authorization);
    }

    /** Sends this Authorization header value as it is, instead of Basic username:password. */
    public LrsConfig withAuthorization(String headerValue) {
        return new LrsConfig(endpoint, username, password, version, timeout, headerValue);
    }

    /** Leaves the password out, so that configuration can be logged. */
    @Override
    public String toString() {
        return "LrsConfig[endpoint=" + endpoint + ", username=" + username + ", version=" + version.header()
                + ", timeout=" + timeout + "]";
    }
}
