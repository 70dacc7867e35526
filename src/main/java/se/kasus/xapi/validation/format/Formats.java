package se.kasus.xapi.validation.format;

import java.util.regex.Pattern;

/** The small fixed formats: UUID, mailto IRI, SHA-1 and SHA-2 hex digests, media type and statement version. */
public final class Formats {

    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s/?#]+@[^@\\s/?#]+$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern SHA2 = Pattern.compile("^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$");
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^" + TOKEN + "/" + TOKEN + "(?:\\s*;\\s*" + TOKEN + "=(?:" + TOKEN + "|\"[^\"]*\"))*$");
    private static final Pattern VERSION = Pattern.compile("^(?:1\\.0(?:\\.\\d+)?|2\\.0\\.\\d+)$");

    private Formats() {
    }

    /** A UUID in the standard string form (RFC 4122): 8-4-4-4-12 hex digits. */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    public static boolean isMailtoIri(String value) {
        return value != null && MAILTO.matcher(value).matches();
    }

    public static boolean isSha1Hex(String value) {
        return value != null && SHA1.matcher(value).matches();
    }

    /** A hex-encoded SHA-224, SHA-256, SHA-384 or SHA-512 digest. */
    public static boolean isSha2Hex(String value) {
        return value != null && SHA2.matcher(value).matches();
    }

    public static boolean isMediaType(String value) {
        return value != null && MEDIA_TYPE.matcher(value).matches();
    }

    /**
     * A statement version of xAPI 1.0.x or 2.0.x, such as {@code 1.0.0} or {@code 2.0.0}; {@code 1.0} alone is
     * accepted as well, as the 1.0 conformance tests expect.
     */
    public static boolean isStatementVersion(String value) {
        return value != null && VERSION.matcher(value).matches();
    }
}
