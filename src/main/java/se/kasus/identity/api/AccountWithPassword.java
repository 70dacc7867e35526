package se.kasus.identity.api;

import java.time.Instant;
import java.util.Set;
import se.kasus.identity.application.AccountView;
import se.kasus.identity.application.IssuedPassword;
import se.kasus.identity.domain.Role;

/** An account as {@link AccountView} shows it, plus the temporary password it was just given (absent when none was). */
public record AccountWithPassword(String id, String username, String displayName, String email, Set<Role> roles,
                                  Instant createdAt, boolean active, boolean mustChangePassword, String orgUnitId,
                                  Instant lastLoginAt, String temporaryPassword) {

    static AccountWithPassword of(IssuedPassword issued) {
        AccountView a = issued.account();
        return new AccountWithPassword(a.id(), a.username(), a.displayName(), a.email(), a.roles(), a.createdAt(), a.active(),
                a.mustChangePassword(), a.orgUnitId(), a.lastLoginAt(), issued.temporaryPassword());
    }
}
