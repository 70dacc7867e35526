package se.kasus.tracking.lrs.application;

import java.util.Arrays;
import java.util.Optional;
import se.kasus.shared.domain.PreconditionFailedException;
import se.kasus.tracking.lrs.domain.LrsDocument;

/** The If-Match and If-None-Match headers of a document request (xAPI Communication 3.1, RFC 9110 13.1). */
public record Precondition(String ifMatch, String ifNoneMatch) {

    public static final Precondition NONE = new Precondition(null, null);

    public boolean isEmpty() {
        return ifMatch == null && ifNoneMatch == null;
    }

    void check(Optional<LrsDocument> current) {
        if (ifMatch != null && (current.isEmpty() || !matches(ifMatch, current.get()))) {
            throw new PreconditionFailedException(current.isEmpty()
                    ? "If-Match was given, but there is no document."
                    : "If-Match " + ifMatch + " does not match the document's ETag " + current.get().etag() + ".");
        }
        if (ifNoneMatch != null && current.isPresent() && matches(ifNoneMatch, current.get())) {
            throw new PreconditionFailedException("If-None-Match " + ifNoneMatch + " matches the existing document.");
        }
    }

    private static boolean matches(String header, LrsDocument document) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(document.etag()));
    }
}
