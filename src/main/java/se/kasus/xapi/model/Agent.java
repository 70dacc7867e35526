package se.kasus.xapi.model;

import jakarta.validation.Valid;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.MailtoIri;
import se.kasus.xapi.validation.constraints.OneIdentifier;
import se.kasus.xapi.validation.constraints.Sha1Sum;

/**
 * An individual, persona or system, identified by exactly one inverse functional identifier.
 *
 * @param name full name (optional)
 * @param mbox {@code mailto:} IRI (2.4.2.3)
 * @param mboxSha1sum hex SHA-1 of a mailto IRI, written as {@code mbox_sha1sum} (2.4.2.3)
 * @param openid an OpenID URI (2.4.2.3)
 * @param account an account on an existing system (2.4.2.4)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.1">xAPI 1.0.3 Data, 2.4.2.1</a>
 */
@OneIdentifier
public record Agent(
        String name,
        @MailtoIri String mbox,
        @Sha1Sum String mboxSha1sum,
        @Iri(spec = "2.4.2.3") String openid,
        @Valid Account account) implements Actor, SubStatementObject {

    public static Agent withMbox(String name, String mbox) {
        return new Agent(name, mbox, null, null, null);
    }

    public static Agent withAccount(String name, String homePage, String accountName) {
        return new Agent(name, null, null, null, new Account(homePage, accountName));
    }
}
