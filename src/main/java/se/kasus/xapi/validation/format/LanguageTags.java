package se.kasus.xapi.validation.format;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Well-formedness of RFC 5646 language tags: the sequence of subtags and their lengths, not the registry. */
public final class LanguageTags {

    private static final String ALNUM = "[A-Za-z0-9]";
    private static final String LANGUAGE = "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})";
    private static final String SCRIPT = "(?:-[A-Za-z]{4})?";
    private static final String REGION = "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?";
    private static final String VARIANT = "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*";
    private static final String EXTENSION = "(?:-[0-9A-WY-Za-wy-z](?:-" + ALNUM + "{2,8})+)*";
    private static final String PRIVATE_USE = "[xX](?:-" + ALNUM + "{1,8})+";
    private static final String GRANDFATHERED = "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux"
            + "|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok"
            + "|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang";
    private static final Pattern TAG = Pattern.compile("^(?:" + LANGUAGE + SCRIPT + REGION + VARIANT + EXTENSION
            + "(?:-" + PRIVATE_USE + ")?|" + PRIVATE_USE + "|(?i:" + GRANDFATHERED + "))$");

    private LanguageTags() {
    }

    /** Tags found well-formed so far: statements name the same few languages again and again. */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final int MAX_KNOWN = 1_000;

    public static boolean isLanguageTag(String value) {
        if (value == null) {
            return false;
        }
        if (KNOWN.contains(value)) {
            return true;
        }
        boolean wellFormed = TAG.matcher(value).matches();
        if (wellFormed && KNOWN.size() < MAX_KNOWN) {
            KNOWN.add(value);
        }
        return wellFormed;
    }
}
