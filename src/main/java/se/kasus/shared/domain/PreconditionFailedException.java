package se.kasus.shared.domain;

/** The caller's precondition (If-Match / If-None-Match) does not hold for the current state. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
