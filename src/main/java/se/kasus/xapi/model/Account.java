package se.kasus.xapi.model;

import se.kasus.xapi.validation.constraints.Irl;
import se.kasus.xapi.validation.constraints.Required;

/**
 * A user account on an existing system, one of the inverse functional identifiers.
 *
 * @param homePage the canonical home page of the system the account is on (IRL, required; 2.4.2.4)
 * @param name the unique id or name of the account, opaque where privacy matters (required; 2.4.2.4)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.4">xAPI 1.0.3 Data, 2.4.2.4</a>
 */
public record Account(
        @Required(spec = "2.4.2.4") @Irl(spec = "2.4.2.4") String homePage,
        @Required(spec = "2.4.2.4") String name) {
}
