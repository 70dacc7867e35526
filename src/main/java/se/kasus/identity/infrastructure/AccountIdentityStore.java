package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.Role;

/**
 * Callers are checked against the accounts with their PBKDF2 hashes (platform.security's mechanism asks
 * through the container's IdentityStoreHandler). A password is always hashed, also when no such account
 * exists or it is deactivated (against a hash of a random password then), so the answer takes as long
 * either way and does not tell which usernames exist. Verifying reads algorithm, iterations and salt from
 * the stored hash, so {@link PasswordHashParameters} can be raised without a migration.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    private volatile String dummyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = accounts.findByUsername(given.getCaller());
        String hash = account.map(Account::passwordHash).orElseGet(this::dummyHash);
        boolean matches = hasher.verify(given.getPassword().getValue(), hash);
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.get().roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new CredentialValidationResult(account.get().username(), groups);
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = hasher.hash(Base64.getEncoder().encodeToString(random).toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
