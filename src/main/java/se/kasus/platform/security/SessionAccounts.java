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

    /**
     * The account as a session that logged in at {@code loginAt} sees it; empty when the account is gone,
     * deactivated, or its sessions were ended after that login (deactivation, password reset). A null
     * {@code loginAt} (HTTP Basic, which proves the password on every request) skips the last check.
     */
    Optional<SessionAccount> current(String username, Instant loginAt);

    /** Notes a successful login, and returns the account as the new session sees it. */
    Optional<SessionAccount> loggedIn(String username);

    /**
     * The account as the signed browser session {@code sessionId} sees it: empty when the session was ended by a
     * logout, otherwise as {@link #current}. One look-up, so that a request pays for one transaction, not two.
     */
    Optional<SessionAccount> ofSession(String sessionId, String username, Instant loginAt);

    /** Records a logout; the record may be forgotten after {@code forgetAfter}, when the session has expired. */
    void end(String sessionId, Instant forgetAfter);

    /** The groups (role names) of an account, and whether it must choose a new password before anything else. */
    record SessionAccount(Set<String> groups, boolean mustChangePassword) {
    }
}
