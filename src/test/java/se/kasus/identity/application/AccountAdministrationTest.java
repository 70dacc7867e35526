package se.kasus.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.InMemoryAccounts;
import se.kasus.identity.domain.Role;
import se.kasus.identity.domain.Username;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.LoginThrottle;
import se.kasus.platform.security.LoginThrottling;
import se.kasus.shared.domain.ConflictException;

/** The rules that keep administrators from locking Kasus (or themselves) out, and what the audit trail gets. */
class AccountAdministrationTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final List<String> audit = new ArrayList<>();
    private final LoginThrottling throttling = LoginThrottling.using(new LoginThrottle(
            new LoginThrottle.Limits(2, java.time.Duration.ofMinutes(1), 50, java.time.Duration.ofMinutes(1)),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC)));
    private final AccountAdministration administration = new AccountAdministration();
    private final Account caller = accounts.with("chef", Role.ADMIN, Role.LEARNER);

    AccountAdministrationTest() {
        administration.accounts = accounts;
        administration.audit = (action, target, detail) -> audit.add(action + " " + target + (detail == null ? "" : " " + detail));
        administration.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        administration.throttling = throttling;
        administration.currentUser = new CurrentUser() {
            @Override
            public Optional<String> usernameIfKnown() {
                return Optional.of("chef");
            }
        };
    }

    @Test
    void reactivatingAnAccountAlsoUnlocksItAfterTooManyWrongPasswords() {
        Account locked = accounts.with("las", Role.LEARNER);
        for (int i = 0; i < 2; i++) {
            throttling.attempt("las", "192.0.2.1");
        }
        assertThat(throttling.attempt("las", "192.0.2.1").refusedFor()).isPresent();

        administration.deactivate(locked.id());
        administration.reactivate(locked.id());

        assertThat(throttling.attempt("las", "192.0.2.1").refusedFor()).isEmpty();
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRoleOrDeactivateThemselves() {
        accounts.with("annan", Role.ADMIN);

        assertThatThrownBy(() -> administration.setRoles(caller.id(), Set.of(Role.LEARNER)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("din egen administratörsroll");
        assertThatThrownBy(() -> administration.deactivate(caller.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ditt eget konto");
        assertThat(caller.roles()).contains(Role.ADMIN);
        assertThat(caller.isActive()).isTrue();
        assertThat(audit).isEmpty();
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleAndStaysActive() {
        Account other = accounts.with("annan", Role.ADMIN);
        caller.deactivate(Instant.EPOCH);

        assertThatThrownBy(() -> administration.setRoles(other.id(), Set.of(Role.TRAINER)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("last-admin"));
        assertThatThrownBy(() -> administration.deactivate(other.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("last-admin"));
        assertThat(other.isActive()).isTrue();
    }

    @Test
    void anotherAdministratorMayBeDemotedWhileOneRemainsAndTheChangeIsAudited() {
        Account other = accounts.with("annan", Role.ADMIN, Role.LEARNER);

        administration.setRoles(other.id(), Set.of(Role.LEARNER, Role.TRAINER));
        administration.deactivate(other.id());

        assertThat(other.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(other.isActive()).isFalse();
        assertThat(other.acceptsSessionFrom(Instant.parse("2026-12-01T09:59:59Z"))).isFalse();
        assertThat(audit).containsExactly(
                "account.roles-changed annan deltagare, administratör → deltagare, utbildare",
                "account.deactivated annan");
    }

    @Test
    void deactivatingTwiceRecordsOnce() {
        Account other = accounts.with("annan", Role.LEARNER);

        administration.deactivate(other.id());
        administration.deactivate(other.id());
        administration.reactivate(other.id());

        assertThat(audit).containsExactly("account.deactivated annan", "account.reactivated annan");
    }
}
