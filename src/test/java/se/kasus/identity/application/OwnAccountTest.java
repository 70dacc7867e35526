package se.kasus.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.LoginThrottle;
import se.kasus.platform.security.LoginThrottling;
import se.kasus.shared.domain.TooManyAttemptsException;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.InMemoryAccounts;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitRepository;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.Role;
import se.kasus.identity.domain.Username;
import se.kasus.shared.domain.RuleViolationException;

class OwnAccountTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private final Account anna = new Account(Username.of("anna"), "Anna Svensson", "hash:gammalt-lösenord-1", Set.of(Role.LEARNER), CREATED);
    private final List<String> audit = new ArrayList<>();
    private final OwnAccount own = new OwnAccount();

    OwnAccountTest() {
        InMemoryAccounts accounts = new InMemoryAccounts();
        accounts.with(anna);
        own.accounts = accounts;
        own.hasher = new PlainHasher();
        own.auditTrail = (action, target, detail) -> audit.add(action + " " + target);
        own.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        own.orgUnits = new Units();
        own.throttling = LoginThrottling.using(new LoginThrottle(
                new LoginThrottle.Limits(3, Duration.ofMinutes(1), 50, Duration.ofMinutes(1)), own.clock));
        own.currentUser = new CurrentUser() {
            @Override
            public Optional<String> address() {
                return Optional.of("192.0.2.7");
            }
        };
    }

    @Test
    void aRequiredChangeIsDoneOnceTheNewPasswordIsSet() {
        anna.requirePasswordChange();

        own.changePassword("anna", "gammalt-lösenord-1", "grön-tekopp-över-bron");

        assertThat(anna.mustChangePassword()).isFalse();
        assertThat(anna.passwordHash()).isEqualTo("hash:grön-tekopp-över-bron");
        assertThat(audit).containsExactly("account.password-changed anna");
    }

    @Test
    void sessionsFromBeforeTheChangeEnd() {
        assertThat(anna.acceptsSessionFrom(NOW.minusSeconds(60))).isTrue();

        own.changePassword("anna", "gammalt-lösenord-1", "grön-tekopp-över-bron");

        assertThat(anna.acceptsSessionFrom(NOW.minusSeconds(60))).isFalse();
        assertThat(anna.acceptsSessionFrom(NOW)).isTrue();
    }

    @Test
    void wrongCurrentPasswordsAreLimitedLikeFailedLoginsAndTheRightOneWaitsToo() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> own.changePassword("anna", "fel-lösenord-123", "grön-tekopp-över-bron"))
                    .isInstanceOf(RuleViolationException.class);
        }

        assertThatThrownBy(() -> own.changePassword("anna", "gammalt-lösenord-1", "grön-tekopp-över-bron"))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> {
                    assertThat(e.code()).isEqualTo("too-many-login-attempts");
                    assertThat(e.retryAfterSeconds()).isEqualTo(60);
                });
        assertThat(anna.passwordHash()).isEqualTo("hash:gammalt-lösenord-1");
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsNotAudited() {
        anna.requirePasswordChange();

        assertThatThrownBy(() -> own.changePassword("anna", "fel-lösenord-123", "grön-tekopp-över-bron"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Det nuvarande lösenordet stämmer inte. Skriv lösenordet du loggade in med.");
        assertThat(anna.passwordHash()).isEqualTo("hash:gammalt-lösenord-1");
        assertThat(anna.mustChangePassword()).isTrue();
        assertThat(audit).isEmpty();
    }

    @Test
    void theNewPasswordMustFollowThePolicyAndDifferFromTheCurrent() {
        assertThatThrownBy(() -> own.changePassword("anna", "gammalt-lösenord-1", "anna-anna-anna"))
                .hasMessage("Lösenordet får inte vara eller innehålla användarnamnet.");
        assertThatThrownBy(() -> own.changePassword("anna", "gammalt-lösenord-1", "gammalt-lösenord-1"))
                .hasMessage("Det nya lösenordet måste skilja sig från det nuvarande.");
        assertThat(anna.passwordHash()).isEqualTo("hash:gammalt-lösenord-1");
    }

    @Test
    void theUnitIsShownWithItsPlaceInTheTree() {
        Units units = (Units) own.orgUnits;
        OrgUnit agency = units.with(new OrgUnit("Region Norr", null, CREATED));
        OrgUnit department = units.with(new OrgUnit("Socialförvaltningen", agency.id(), CREATED));
        OrgUnit unit = units.with(new OrgUnit("Enhet Barn och unga", department.id(), CREATED));
        anna.placeIn(unit.id());

        OwnAccountView view = own.show("anna");

        assertThat(view.orgUnitName()).isEqualTo("Region Norr › Socialförvaltningen › Enhet Barn och unga");
        assertThat(view.displayName()).isEqualTo("Anna Svensson");
        assertThat(view.roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void noUnitMeansNoUnitName() {
        assertThat(own.show("anna").orgUnitName()).isNull();
    }

    private static final class PlainHasher implements PasswordHasher {

        @Override
        public String hash(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
            return hash.equals(hash(password));
        }
    }

    private static final class Units implements OrgUnitRepository {

        private final List<OrgUnit> all = new ArrayList<>();

        OrgUnit with(OrgUnit unit) {
            all.add(unit);
            return unit;
        }

        @Override
        public void add(OrgUnit unit) {
            all.add(unit);
        }

        @Override
        public Optional<OrgUnit> findById(String id) {
            return all.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public List<OrgUnit> findAll() {
            return List.copyOf(all);
        }
    }
}
