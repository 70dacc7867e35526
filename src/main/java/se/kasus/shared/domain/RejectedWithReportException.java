package se.kasus.shared.domain;

import java.util.List;

/**
 * A batch (an import, say) breaks rules in some of its items and nothing of it was done. Answered like a
 * {@link RuleViolationException} (422), with one violation per broken rule and the caller's full report of
 * every item, so that a client can show the same per-item results as a dry run.
 */
public class RejectedWithReportException extends RuleViolationException {

    private final transient List<InvalidInputException.Violation> violations;
    private final transient Object report;

    public RejectedWithReportException(String code, String message, List<InvalidInputException.Violation> violations,
                                       Object report) {
        super(code, message);
        this.violations = List.copyOf(violations);
        this.report = report;
    }

    public List<InvalidInputException.Violation> violations() {
        return violations;
    }

    /** What the client needs to show the result item by item; serialised as the problem's {@code report} member. */
    public Object report() {
        return report;
    }
}
