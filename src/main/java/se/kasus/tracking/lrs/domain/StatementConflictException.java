package se.kasus.tracking.lrs.domain;

import se.kasus.shared.domain.ConflictException;

/** A statement with the id of a stored statement but other content (xAPI 1.0.3 Communication 2.1.1.s2.b3). */
public class StatementConflictException extends ConflictException {

    public StatementConflictException(String statementId) {
        super("statement-conflict", "A different statement with the id " + statementId
                + " is already stored; stored statements cannot change.");
    }
}
