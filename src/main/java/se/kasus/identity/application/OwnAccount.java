package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitRepository;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.PasswordPolicy;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.LoginThrottle;
import se.kasus.platform.security.LoginThrottling;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;
import se.kasus.shared.domain.TooManyAttemptsException;

/** What every logged-in person may do with their own account ("Mitt konto"): see it and change the password. */
@ApplicationScoped
@Transactional
public class OwnAccount {

    public static final String PASSWORD_CHANGED = "account.password-changed";
    private static final Logger LOG = Logger.getLogger(OwnAccount.class.getName());
    private static final int DEEPEST_UNIT = 10;

    @Inject
    AccountRepository accounts;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    LoginThrottling throttling;

    @Inject
    CurrentUser currentUser;

    public OwnAccountView show(String username) {
        Account account = find(username);
        String unitId = account.orgUnitId().orElse(null);
        return new OwnAccountView(account.id(), account.username(), account.displayName(), account.email().orElse(null),
                unitId, unitId == null ? null : unitPath(unitId), new TreeSet<>(account.roles()),
                account.mustChangePassword(), account.createdAt(), account.lastLoginAt().orElse(null));
    }

    /**
     * Replaces the person's password after checking the current one. Sessions that logged in before now end
     * (the caller gives the session that made the change a new cookie), and a required change is done.
     */
    public void changePassword(String username, String currentPassword, String newPassword) {
        Account account = find(username);
        // A wrong current password is a password guess like a failed login, and is limited the same way.
        LoginThrottle.Attempt attempt = throttling.attempt(account.username(), currentUser.address().orElse("unknown"));
        if (attempt.refusedFor().isPresent()) {
            LOG.warning("Kasus: a password change for '" + username + "' was refused: too many wrong passwords");
            throw new TooManyAttemptsException("too-many-login-attempts",
                    "För många felaktiga lösenord. Vänta en stund och försök igen.", attempt.retryAfterSeconds());
        }
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.passwordHash())) {
            LOG.warning("Kasus: a password change for '" + username + "' was refused: the current password was wrong");
            throw new RuleViolationException("wrong-current-password",
                    "Det nuvarande lösenordet stämmer inte. Skriv lösenordet du loggade in med.");
        }
        attempt.succeeded();
        PasswordPolicy.standard().require(newPassword, account.username());
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolationException(PasswordPolicy.PROBLEM,
                    "Det nya lösenordet måste skilja sig från det nuvarande.");
        }
        account.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        auditTrail.record(PASSWORD_CHANGED, account.username(), "Eget lösenord bytt i Mitt konto");
    }

    private Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("konto", username));
    }

    /** "Myndighet › Avdelning › Enhet"; a unit that is gone (or a loop) just ends the path. */
    private String unitPath(String unitId) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> next = Optional.of(unitId);
        while (next.isPresent() && seen.add(next.get()) && names.size() < DEEPEST_UNIT) {
            Optional<OrgUnit> unit = orgUnits.findById(next.get());
            if (unit.isEmpty()) {
                break;
            }
            names.add(0, unit.get().name());
            next = unit.get().parentId();
        }
        return names.isEmpty() ? null : String.join(" › ", names);
    }
}
