package se.kasus.shared.domain;

/** A change that must say which state it builds on (If-Match) came without it: nothing was changed. Answered with 428. */
public class PreconditionRequiredException extends RuntimeException {

    private final String code;

    public PreconditionRequiredException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable name of the problem, used in the problem type. */
    public String code() {
        return code;
    }
}
