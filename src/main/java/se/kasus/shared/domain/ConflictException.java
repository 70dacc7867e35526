package se.kasus.shared.domain;

/** The request is valid but clashes with the current state (already answered, already exists). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable name of the conflict, used in the problem type. */
    public String code() {
        return code;
    }
}
