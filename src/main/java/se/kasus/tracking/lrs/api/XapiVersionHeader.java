package se.kasus.tracking.lrs.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code X-Experience-API-Version} header (xAPI 1.0.3 Communication 3.3): requests say 1.0, 1.0.x, 2.0 or 2.0.x;
 * responses carry the latest patch version of the major version the request used.
 */
public enum XapiVersionHeader {
    V1("1.0.3", "1.0.0", "xAPI 1.0.3 Communication 3.1.s4.b13"),
    V2("2.0.0", "2.0.0", "xAPI 2.0 (IEEE 9274.1.1) Communication 3.1 Concurrency");

    public static final String NAME = "X-Experience-API-Version";
    /** The newest version Kasus speaks: the answer's version when the request named none it knows. */
    public static final XapiVersionHeader NEWEST = V2;
    private static final Pattern V1_REQUEST = Pattern.compile("^1\\.0(\\.\\d+)?$");
    private static final Pattern V2_REQUEST = Pattern.compile("^2\\.0(\\.\\d+)?$");

    private final String latest;
    private final String statementVersion;
    private final String concurrencyRule;

    XapiVersionHeader(String latest, String statementVersion, String concurrencyRule) {
        this.latest = latest;
        this.statementVersion = statementVersion;
        this.concurrencyRule = concurrencyRule;
    }

    /** The rule of this version that asks a PUT over an existing document for If-Match or If-None-Match. */
    public String concurrencyRule() {
        return concurrencyRule;
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
