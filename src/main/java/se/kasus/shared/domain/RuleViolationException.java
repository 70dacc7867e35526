package se.kasus.shared.domain;

/** The request breaks a business rule (an option that is not offered at this step, say). */
public class RuleViolationException extends RuntimeException {

    private final String code;

    public RuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable name of the rule, used in the problem type. */
    public String code() {
        return code;
    }
}
