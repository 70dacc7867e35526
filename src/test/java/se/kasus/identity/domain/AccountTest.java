package se.kasus.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which sessions an account still accepts after the administrator acts on it. */
class AccountTest {

    private static final Instant LOGIN = Instant.parse("2026-12-03T09:00:00Z");

    private final Account account = new Account(Username.of("anna"), "Anna", "hash", Set.of(Role.LEARNER), LOGIN.minusSeconds(3600));

    @Test
    void anActiveAccountAcceptsItsSessions() {
        assertThat(account.acceptsSessionFrom(LOGIN)).isTrue();
    }

    @Test
    void deactivationEndsEverySessionAndReactivationDoesNotRestoreThem() {
        account.deactivate(LOGIN.plusSeconds(60));
        assertThat(account.isActive()).isFalse();
        assertThat(account.acceptsSessionFrom(LOGIN)).isFalse();

        account.reactivate();
        assertThat(account.acceptsSessionFrom(LOGIN)).isFalse();
        assertThat(account.acceptsSessionFrom(LOGIN.plusSeconds(120))).isTrue();
    }

    @Test
    void aTemporaryPasswordEndsEarlierSessionsAndMustBeChanged() {
        account.setTemporaryPassword("temporary-hash", LOGIN.plusMillis(1500));

        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordHash()).isEqualTo("temporary-hash");
        assertThat(account.acceptsSessionFrom(LOGIN)).isFalse();
        assertThat(account.acceptsSessionFrom(LOGIN.plusMillis(1499))).isFalse();
        assertThat(account.acceptsSessionFrom(LOGIN.plusMillis(1500))).isTrue();

        account.changePassword("own-hash");
        assertThat(account.mustChangePassword()).isFalse();
    }
}
