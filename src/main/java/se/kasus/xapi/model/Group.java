package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import se.kasus.xapi.validation.constraints.GroupIdentification;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.MailtoIri;
import se.kasus.xapi.validation.constraints.Sha1Sum;

/**
 * A collection of Agents: anonymous (no identifier, members required) or identified (exactly one identifier,
 * members optional). Members are Agents only, never Groups.
 *
 * @param name name of the group (optional)
 * @param member the members, an unordered list; absent or empty for an identified group without listed members
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.2">xAPI 1.0.3 Data, 2.4.2.2</a>
 */
@GroupIdentification
public record Group(
        String name,
        @Valid List<Agent> member,
        @MailtoIri String mbox,
        @Sha1Sum String mboxSha1sum,
        @Iri(spec = "2.4.2.3") String openid,
        @Valid Account account) implements Actor, SubStatementObject {

    public Group {
        member = member == null ? null : List.copyOf(member);
    }

    public static Group anonymous(String name, List<Agent> member) {
        return new Group(name, member, null, null, null, null);
    }

    public static Group identifiedByAccount(String name, String homePage, String accountName, List<Agent> member) {
        return new Group(name, member, null, null, null, new Account(homePage, accountName));
    }

    public boolean isAnonymous() {
        return identifierCount() == 0;
    }
}
