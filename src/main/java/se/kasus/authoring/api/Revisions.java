package se.kasus.authoring.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.PreconditionRequiredException;

/** A draft's revision as an entity tag: {@code ETag: "7"} out, {@code If-Match: "7"} in on every change. */
final class Revisions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Revisions() {
    }

    static EntityTag tag(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    /** The revision the caller's change builds on; 428 without If-Match, 400 when it is no revision. */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("if-match-required", "Ändringen saknar If-Match med utkastets"
                    + " revision (den står i ETag när utkastet eller dokumentet hämtas). Hämta utkastet och försök igen.");
        }
        Matcher m = TAG.matcher(header);
        if (!m.matches()) {
            throw new InvalidInputException("if-match-invalid", "If-Match ska vara utkastets revision, till exempel \"7\".");
        }
        return Long.parseLong(m.group(1));
    }
}
