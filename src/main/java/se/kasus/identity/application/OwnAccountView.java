package se.kasus.identity.application;

import java.time.Instant;
import java.util.Set;
import se.kasus.identity.domain.Role;

/**
 * The logged-in person's own account as "Mitt konto" and every page header show it. {@code orgUnitName} is the
 * unit's place in the tree ("Myndighet › Avdelning › Enhet"), null when the person is in no unit.
 */
public record OwnAccountView(String id, String username, String displayName, String email, String orgUnitId,
                             String orgUnitName, Set<Role> roles, boolean mustChangePassword, Instant createdAt,
                             Instant lastLoginAt) {
}
