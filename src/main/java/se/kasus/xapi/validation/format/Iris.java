package se.kasus.xapi.validation.format;

import java.util.regex.Pattern;

/**
 * Best-effort IRI checks (RFC 3987), as the specification allows an LRS: an absolute IRI with a scheme and without
 * characters that no IRI may hold. Relative references and IRI fragments are not IRIs here.
 */
public final class Iris {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s<>\"{}|\\\\^`\\p{Cntrl}]");
    private static final Pattern AUTHORITY = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+.*");

    private Iris() {
    }

    public static boolean isIri(String value) {
        if (value == null || FORBIDDEN.matcher(value).find()) {
            return false;
        }
        var scheme = SCHEME.matcher(value);
        return scheme.find() && scheme.end() < value.length() && hasHostIfHttp(value);
    }

    /** An IRL is an IRI that locates something: it names a host ({@code scheme://authority...}). */
    public static boolean isIrl(String value) {
        return isIri(value) && AUTHORITY.matcher(value).matches();
    }

    private static boolean hasHostIfHttp(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return AUTHORITY.matcher(value).matches();
        }
        return true;
    }
}
