package se.kasus.xapi.validation.format;

/**
 * Best-effort IRI checks (RFC 3987), as the specification allows an LRS: an absolute IRI with a scheme and without
 * characters that no IRI may hold. Relative references and IRI fragments are not IRIs here.
 *
 * <p>Written as plain loops rather than regular expressions: every statement the LRS receives holds a dozen IRIs,
 * and these checks run on each.
 */
public final class Iris {

    private Iris() {
    }

    public static boolean isIri(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isForbidden(value.charAt(i))) {
                return false;
            }
        }
        int colon = schemeEnd(value);
        return colon > 0 && colon + 1 < value.length() && hasHostIfHttp(value);
    }

    /** An IRL is an IRI that locates something: it names a host ({@code scheme://authority...}). */
    public static boolean isIrl(String value) {
        return isIri(value) && hasAuthority(value);
    }

    /** Whitespace, controls and the characters RFC 3987 excludes from every part of an IRI. */
    private static boolean isForbidden(char c) {
        return c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                || c == '\\' || c == '^' || c == '`';
    }

    /** The index of the colon ending a scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}); -1 if none. */
    private static int schemeEnd(String value) {
        if (value.isEmpty() || !isAsciiLetter(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code scheme://} followed by at least one character of an authority. */
    private static boolean hasAuthority(String value) {
        int colon = schemeEnd(value);
        if (colon < 0 || !value.startsWith("//", colon + 1) || colon + 3 >= value.length()) {
            return false;
        }
        char first = value.charAt(colon + 3);
        return first != '/' && first != '?' && first != '#' && !Character.isWhitespace(first);
    }

    private static boolean hasHostIfHttp(String value) {
        if (value.regionMatches(true, 0, "http:", 0, 5) || value.regionMatches(true, 0, "https:", 0, 6)) {
            return hasAuthority(value);
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
