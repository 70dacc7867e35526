package se.kasus.tracking.lrs.application;

import java.util.List;
import se.kasus.xapi.model.Statement;

/**
 * Statements read from JSON that passed every check of {@link se.kasus.xapi.validation.XapiValidator}; only
 * {@link StatementReader} makes them, so storing them need not check them again.
 */
public final class ValidatedStatements {

    private final List<Statement> statements;
    private final boolean array;

    ValidatedStatements(List<Statement> statements, boolean array) {
        this.statements = List.copyOf(statements);
        this.array = array;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Whether the JSON was an array of statements rather than one statement. */
    public boolean isArray() {
        return array;
    }

    /** The same statements with the first one's id set, for PUT. */
    public ValidatedStatements withFirstId(String id) {
        return new ValidatedStatements(List.of(statements.get(0).toBuilder().id(id).build()), array);
    }
}
