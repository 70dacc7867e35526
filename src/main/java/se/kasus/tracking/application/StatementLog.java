package se.kasus.tracking.application;

import se.kasus.xapi.model.Statement;

/** Where tracking keeps statements: the embedded LRS, inside the caller's transaction. */
public interface StatementLog {

    /** Validates and stores the statement; returns it as stored (id, stored time, authority, version set). */
    Statement store(Statement statement);
}
