package se.kasus.tracking.lrs.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code X-Experience-API-Version} header (xAPI 1.0.3 Communication 3.3): requests say 1.0, 1.0.x, 2.0 or 2.0.x;
 * responses carry the latest patch version of the major version the request used.
 */
public enum XapiVersionHeader {
    V1("1.0.3", "1.0.0"),
    V2("2.0.0", "2.0.0");

    public static final String NAME = "X-Experience-API-Version";
    private static final Pattern V1_REQUEST = Pattern.compile("^1\\.0(\\.\\d+)?$");
    private static final Pattern V2_REQUEST = Pattern.compile("^2\\.0(\\.\\d+)?$");

    private final String latest;
    private final String statementVersion;

    XapiVersionHeader(String latest, String statementVersion) {
        this.latest = latest;
        this.statementVersion = statementVersion;
    }

    /** The header value of responses. */
    public String latest() {
        return latest;
    }

    /** The version a stored statement gets when it has none. */
    public String statementVersion() {
        return statementVersion;
    }

    public static Optional<XapiVersionHeader> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (V1_REQUEST.matcher(value).matches()) {
            return Optional.of(V1);
        }
        return V2_REQUEST.matcher(value).matches() ? Optional.of(V2) : Optional.empty();
    }
}
