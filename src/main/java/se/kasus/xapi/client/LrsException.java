package se.kasus.xapi.client;

/**
 * The LRS refused a request (an HTTP error status), or could not be reached at all (status 0).
 */
public class LrsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    public LrsException(int status, String body, String message) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public LrsException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.body = "";
    }

    /** The HTTP status, or 0 when no response came. */
    public int status() {
        return status;
    }

    /** The response body, often the LRS's reason; empty when there was none. */
    public String body() {
        return body;
    }

    /** Whether no response came (connection refused, timeout): worth retrying later. */
    public boolean isTransportFailure() {
        return status == 0;
    }

    /** A 409 or 412: the resource changed meanwhile or already exists. */
    public boolean isConflict() {
        return status == 409 || status == 412;
    }
}
