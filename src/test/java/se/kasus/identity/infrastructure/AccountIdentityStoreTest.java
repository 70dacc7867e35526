package se.kasus.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.InMemoryAccounts;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.Role;
import se.kasus.identity.domain.Username;

class AccountIdentityStoreTest {

    private final List<String> verified = new ArrayList<>();
    private final InMemoryAccounts stored = new InMemoryAccounts();
    private final AccountIdentityStore store = new AccountIdentityStore();

    AccountIdentityStoreTest() {
        store.hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "hash:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String storedHash) {
                verified.add(storedHash);
                return storedHash.equals("hash:" + new String(password));
            }
        };
        store.accounts = stored;
        stored.add(new Account(Username.of("anna"), "Anna", "hash:rätt-lösenord", Set.of(Role.LEARNER, Role.TRAINER),
                Instant.parse("2026-11-01T00:00:00Z")));
    }

    private CredentialValidationResult validate(String username, String password) {
        return store.validate(new UsernamePasswordCredential(username, password));
    }

    @Test
    void theRightPasswordGivesTheCallerAndTheRolesAsGroups() {
        CredentialValidationResult result = validate("anna", "rätt-lösenord");

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("anna");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("LEARNER", "TRAINER");
    }

    @Test
    void aWrongPasswordIsInvalid() {
        assertThat(validate("anna", "fel").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(verified).containsExactly("hash:rätt-lösenord");
    }

    @Test
    void anUnknownUsernameIsHashedAnywaySoItTakesAsLongAsAKnownOne() {
        CredentialValidationResult result = validate("finns-inte", "rätt-lösenord");

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(verified).hasSize(1);
        assertThat(verified.get(0)).startsWith("hash:").isNotEqualTo("hash:rätt-lösenord");
    }
}
