package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import se.kasus.xapi.XapiSpec;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.NotEmptyWhenGiven;
import se.kasus.xapi.validation.constraints.Required;

/**
 * A Group, besides the actor, that the experience relates to (xAPI 2.0, IEEE 9274.1.1); {@code objectType}
 * {@code contextGroup} in JSON.
 *
 * @param group the group (required)
 * @param relevantTypes IRIs of the kinds of relation (optional)
 * @see <a href="https://opensource.ieee.org/xapi/xapi-base-standard-documentation">IEEE 9274.1.1, Context Groups</a>
 */
public record ContextGroup(
        @Required(spec = XapiSpec.IEEE_9274_1_1) @Valid Group group,
        @NotEmptyWhenGiven(spec = XapiSpec.IEEE_9274_1_1) @Iri(spec = XapiSpec.IEEE_9274_1_1) List<String> relevantTypes) {

    public ContextGroup {
        relevantTypes = relevantTypes == null ? null : List.copyOf(relevantTypes);
    }
}
