package se.kasus.tracking.lrs.domain;

import java.util.Optional;
import se.kasus.xapi.model.Actor;

/**
 * The canonical form of an Agent's or Identified Group's inverse functional identifier, as an index key. Two actors
 * are equal when they use the same kind of identifier with equal values (xAPI 1.0.3 Communication 2.1.3, agent);
 * the domain of an e-mail address is case-insensitive (xAPI 1.0.3 Data 2.3.1.b7).
 */
public final class ActorKey {

    private ActorKey() {
    }

    /** The key, or empty for an Anonymous Group (or an actor without identifier). */
    public static Optional<String> of(Actor actor) {
        if (actor == null) {
            return Optional.empty();
        }
        String identifier;
        if (actor.mbox() != null) {
            identifier = "mbox=" + mailto(actor.mbox());
        } else if (actor.mboxSha1sum() != null) {
            identifier = "mbox_sha1sum=" + actor.mboxSha1sum().toLowerCase(java.util.Locale.ROOT);
        } else if (actor.openid() != null) {
            identifier = "openid=" + actor.openid();
        } else if (actor.account() != null) {
            identifier = "account=" + actor.account().homePage() + "|" + actor.account().name();
        } else {
            return Optional.empty();
        }
        return Optional.of(IndexKey.of(identifier));
    }

    /** The mailto IRI with its domain in lower case. */
    static String mailto(String mbox) {
        int at = mbox.lastIndexOf('@');
        return at < 0 ? mbox : mbox.substring(0, at) + mbox.substring(at).toLowerCase(java.util.Locale.ROOT);
    }
}
