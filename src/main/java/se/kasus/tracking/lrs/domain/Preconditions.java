package se.kasus.tracking.lrs.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.PreconditionFailedException;

/**
 * The If-Match and If-None-Match headers of a document request, checked as RFC 9110 13.1 and xAPI 1.0.3
 * Communication 3.1 describe: a failed condition is 412 and changes nothing; a PUT to an existing profile document
 * (in xAPI 2.0 any document) with neither header is 409.
 *
 * @param ifMatch the If-Match header, or null
 * @param ifNoneMatch the If-None-Match header, or null
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    public boolean isEmpty() {
        return ifMatch == null && ifNoneMatch == null;
    }

    /**
     * @param currentEtag the ETag of the document as it is now, null when there is none
     */
    public void check(String currentEtag) {
        if (ifMatch != null && (currentEtag == null || !matches(ifMatch, currentEtag))) {
            throw new PreconditionFailedException("etag-mismatch", currentEtag == null
                    ? "If-Match was given, but the document does not exist."
                    : "The document has changed: its ETag is not the one in If-Match. Fetch it again.");
        }
        if (ifNoneMatch != null && currentEtag != null && matches(ifNoneMatch, currentEtag)) {
            throw new PreconditionFailedException("document-exists",
                    "If-None-Match was given, but the document exists (with a matching ETag).");
        }
    }

    /** For PUT to an activity or agent profile in xAPI 1.0.3: an existing document is only replaced under a condition. */
    public void requireForExisting(String currentEtag) {
        requireForExisting(currentEtag, "xAPI 1.0.3 Communication 3.1.s4.b13");
    }

    /**
     * For a PUT that may replace a document only under a condition: 409 when the document exists and neither header
     * was given.
     *
     * @param rule the rule of the request's xAPI version that asks for the condition, cited in the message
     */
    public void requireForExisting(String currentEtag, String rule) {
        if (currentEtag != null && isEmpty()) {
            throw new ConflictException("document-exists-without-condition", "The document exists. Check its current "
                    + "state, then send If-Match with its ETag to replace it (" + rule + ").");
        }
    }

    /** Whether a header's list of entity tags (or "*") includes this one; weak tags compare by their value. */
    static boolean matches(String header, String etag) {
        if (header.strip().equals("*")) {
            return true;
        }
        List<String> tags = Arrays.stream(header.split(",")).map(String::strip).map(Preconditions::unquote).toList();
        return tags.contains(etag.toLowerCase(Locale.ROOT));
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
