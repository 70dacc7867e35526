package se.kasus.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the browser session needs from the accounts, implemented by the identity capability: the
 * session cookie names only the user, so every request reads the account again, and a logout is
 * remembered until the session would have expired anyway.
 */
public interface SessionAccounts {

    /** The groups (role names) of an active account; empty when it is gone or deactivated. */
    Optional<Set<String>> activeGroups(String username);

    /** Whether the session was ended by a logout. */
    boolean isEnded(String sessionId);

    /** Records a logout; the record may be forgotten after {@code forgetAfter}, when the session has expired. */
    void end(String sessionId, Instant forgetAfter);
}
