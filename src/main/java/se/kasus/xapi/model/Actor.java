package se.kasus.xapi.model;

import java.util.stream.Stream;

/**
 * Whom a statement is about: an {@link Agent} or a {@link Group}, identified by at most one inverse functional
 * identifier (mbox, mbox_sha1sum, openid or account).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2">xAPI 1.0.3 Data, 2.4.2 Actor</a>
 */
public sealed interface Actor permits Agent, Group {

    String name();

    String mbox();

    String mboxSha1sum();

    String openid();

    Account account();

    /** How many inverse functional identifiers are given: one for an Agent or an Identified Group. */
    default long identifierCount() {
        return Stream.of(mbox(), mboxSha1sum(), openid(), account()).filter(v -> v != null).count();
    }
}
