package se.kasus.xapi.model;

/**
 * The versions of xAPI Kasus speaks, as sent in the {@code X-Experience-API-Version} header.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#versioning">xAPI 1.0.3
 *      Communication, 3.3 Versioning</a>
 */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static XapiVersion fromHeader(String value) {
        for (XapiVersion version : values()) {
            if (version.header.equals(value)) {
                return version;
            }
        }
        throw new IllegalArgumentException("Unsupported xAPI version: " + value);
    }
}
