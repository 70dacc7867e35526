package se.kasus.shared.domain;

import java.util.List;

/**
 * The request itself is malformed: it breaks a format or protocol rule rather than a business rule (a statement
 * that is not valid xAPI, a missing header). Answered with 400 and one entry per broken rule.
 */
public class InvalidInputException extends RuntimeException {

    private final String code;
    private final transient List<Violation> violations;

    public InvalidInputException(String code, String message) {
        this(code, message, List.of());
    }

    public InvalidInputException(String code, String message, List<Violation> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** Stable, machine-readable name of the problem, used in the problem type. */
    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: where (a field name or a JSONPath) and what is wrong. */
    public record Violation(String field, String message) {
    }
}
