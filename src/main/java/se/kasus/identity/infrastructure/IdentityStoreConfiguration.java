package se.kasus.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import se.kasus.platform.security.Roles;

/**
 * Callers are checked against the account tables with PBKDF2 hashes. It lives beside the account
 * repository because its SQL reads identity's tables; platform.security's mechanism asks it through
 * the container's IdentityStoreHandler. The hash parameters here only matter when a hash is made
 * ({@link Pbkdf2PasswordHasher} uses the same ones); verifying reads algorithm, iterations and salt
 * from the stored hash, so they can be raised without a migration.
 */
@ApplicationScoped
@DeclareRoles({Roles.LEARNER, Roles.TRAINER, Roles.ADMIN})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/kasus",
        callerQuery = "SELECT password_hash FROM account WHERE username = ? AND active = 1",
        groupsQuery = "SELECT r.role_name FROM account_role r JOIN account a ON r.account_id = a.id WHERE a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashParameters.ALGORITHM,
                PasswordHashParameters.ITERATIONS,
                PasswordHashParameters.SALT_SIZE,
                PasswordHashParameters.KEY_SIZE})
public class IdentityStoreConfiguration {
}
