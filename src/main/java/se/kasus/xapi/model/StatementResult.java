package se.kasus.xapi.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a statement query.
 *
 * @param statements the statements of this page, empty when none matched
 * @param more relative IRL of the next page; absent or empty when there is none
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.5">xAPI 1.0.3 Data, 2.5</a>
 */
public record StatementResult(List<Statement> statements, String more) {

    public StatementResult {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    public Optional<String> next() {
        return more == null || more.isEmpty() ? Optional.empty() : Optional.of(more);
    }
}
