package se.kasus.shared.domain;

/** A condition the request set (If-Match, If-None-Match) does not hold: nothing was changed. Answered with 412. */
public class PreconditionFailedException extends RuntimeException {

    private final String code;

    public PreconditionFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable name of the problem, used in the problem type. */
    public String code() {
        return code;
    }
}
