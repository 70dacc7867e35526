package se.kasus.tracking.lrs.domain;

import java.util.List;
import se.kasus.shared.domain.InvalidInputException;

/** A statement, or a batch of them, that the LRS must reject with 400 Bad Request. */
public class InvalidStatementException extends InvalidInputException {

    public InvalidStatementException(String message) {
        super("invalid-statement", message);
    }

    public InvalidStatementException(String message, List<Violation> violations) {
        super("invalid-statement", message, violations);
    }
}
