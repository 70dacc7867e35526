package se.kasus.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import se.kasus.platform.security.Roles;

/** The roles the application declares; callers are checked by {@link AccountIdentityStore}. */
@ApplicationScoped
@DeclareRoles({Roles.LEARNER, Roles.TRAINER, Roles.ADMIN})
public class IdentityStoreConfiguration {
}
