package se.kasus.identity.application;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.Role;

/** An account as the API shows it: never the password hash. */
public record AccountView(String id, String username, String displayName, String email, Set<Role> roles, Instant createdAt,
                          boolean active, boolean mustChangePassword, String orgUnitId, Instant lastLoginAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.email().orElse(null),
                new TreeSet<>(account.roles()), account.createdAt(), account.isActive(), account.mustChangePassword(),
                account.orgUnitId().orElse(null), account.lastLoginAt().orElse(null));
    }
}
