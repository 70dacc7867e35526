package se.kasus.platform.audit;

/**
 * The record of administrative actions, for every capability: who did it and from where are taken from
 * the current request, the action and its target are named by the caller. Written in the caller's
 * transaction, so an action that rolls back leaves no record. Implemented by the identity capability,
 * which keeps the log with the accounts it names.
 */
public interface AuditTrail {

    /**
     * Records an action.
     *
     * @param action what was done, a stable English key such as {@code account.deactivated}
     * @param target what it was done to, e.g. a username or a credential's key (never a secret)
     * @param detail optional, human-readable particulars (never a password or a secret)
     */
    void record(String action, String target, String detail);
}
