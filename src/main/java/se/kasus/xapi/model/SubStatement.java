package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import se.kasus.xapi.validation.constraints.ContextFitsObject;
import se.kasus.xapi.validation.constraints.IsoTimestamp;
import se.kasus.xapi.validation.constraints.Required;
import se.kasus.xapi.validation.constraints.VoidingTargetsStatementRef;

/**
 * A statement inside a statement that does not claim to have happened, such as a plan. It has no id, stored,
 * version or authority, and cannot hold another SubStatement: the record has no place for any of them.
 *
 * @param timestamp may lie in the future (2.4.7)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.3.s6">xAPI 1.0.3 Data, 2.4.4.3</a>
 */
@ContextFitsObject
@VoidingTargetsStatementRef
public record SubStatement(
        @Required(spec = "2.2.s2.b3") @Valid Actor actor,
        @Required(spec = "2.2.s2.b3") @Valid Verb verb,
        @Required(spec = "2.2.s2.b3") @Valid SubStatementObject object,
        @Valid Result result,
        @Valid Context context,
        @IsoTimestamp String timestamp,
        @Valid List<Attachment> attachments) implements StatementObject, StatementCore {

    public SubStatement {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }
}
