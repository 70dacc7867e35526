package se.kasus.xapi.client;

import java.net.http.HttpRequest;

/**
 * The ETag precondition of a document write, so that two writers do not overwrite each other unseen.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#concurrency">xAPI 1.0.3
 *      Communication, 3.1 Concurrency</a>
 */
public final class Precondition {

    private static final Precondition NONE = new Precondition(null, null);

    private final String ifMatch;
    private final String ifNoneMatch;

    private Precondition(String ifMatch, String ifNoneMatch) {
        this.ifMatch = ifMatch;
        this.ifNoneMatch = ifNoneMatch;
    }

    /** Write whatever the LRS holds. */
    public static Precondition none() {
        return NONE;
    }

    /** Write only if the document is still the one with this ETag ({@code If-Match}). */
    public static Precondition ifMatch(String etag) {
        return new Precondition(etag, null);
    }

    /** Write only if there is no document yet ({@code If-None-Match: *}). */
    public static Precondition ifAbsent() {
        return new Precondition(null, "*");
    }

    HttpRequest.Builder applyTo(HttpRequest.Builder request) {
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request;
    }
}
