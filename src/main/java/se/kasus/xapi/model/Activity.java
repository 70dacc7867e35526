package se.kasus.xapi.model;

import jakarta.validation.Valid;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.Required;

/**
 * A unit of instruction, experience or performance that is tracked.
 *
 * @param id IRI that identifies the one activity (required; 2.4.4.1)
 * @param definition metadata about the activity (optional; 2.4.4.1)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1">xAPI 1.0.3 Data, 2.4.4.1</a>
 */
public record Activity(@Required(spec = "2.4.4.1") @Iri(spec = "2.4.4.1") String id, @Valid ActivityDefinition definition)
        implements SubStatementObject {

    public static Activity of(String id) {
        return new Activity(id, null);
    }
}
