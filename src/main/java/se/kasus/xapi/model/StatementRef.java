package se.kasus.xapi.model;

import java.util.UUID;
import se.kasus.xapi.validation.constraints.Required;
import se.kasus.xapi.validation.constraints.Uuid;

/**
 * A pointer to another, existing statement by its id.
 *
 * @param id the UUID of a statement (required; 2.4.4.3)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.3.s2">xAPI 1.0.3 Data, 2.4.4.3</a>
 */
public record StatementRef(@Required(spec = "2.4.4.3.s4.b2") @Uuid(spec = "2.4.4.3.s4.b2") String id)
        implements SubStatementObject {

    public static StatementRef to(UUID id) {
        return new StatementRef(id.toString());
    }
}
