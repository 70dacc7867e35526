package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitRepository;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.PasswordPolicy;
import se.kasus.identity.domain.Role;
import se.kasus.identity.domain.Username;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

@ApplicationScoped
@Transactional
public class AccountService {

    /** Kept for callers that show the rule; the whole policy is {@link PasswordPolicy}. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    OrgUnitRepository orgUnits;

    /** The stored "hash" of an account without a password: no PBKDF2 hash, so it verifies no password. */
    static final String NO_PASSWORD = "!no-password";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    Clock clock;

    public AccountView create(String typedUsername, String displayName, String password, Set<Role> roles) {
        return create(typedUsername, displayName, null, password, roles);
    }

    public AccountView create(String typedUsername, String displayName, String email, String password, Set<Role> roles) {
        if (!Username.isValid(typedUsername)) {
            throw new RuleViolationException("invalid-username",
                    "Användarnamnet ska vara 3–64 tecken: små bokstäver a–z, siffror, punkt, bindestreck, understreck eller @.");
        }
        Username username = Username.of(typedUsername);
        PasswordPolicy.standard().require(password, username.value());
        if (accounts.findByUsername(username.value()).isPresent()) {
            throw new ConflictException("username-taken", "Användarnamnet " + username + " är redan upptaget.");
        }
        Set<Role> granted = roles == null || roles.isEmpty() ? Set.of(Role.LEARNER) : roles;
        String name = displayName == null || displayName.isBlank() ? username.value() : displayName.strip();
        Account account = new Account(username, name, hasher.hash(password.toCharArray()), granted, clock.instant());
        account.changeEmail(email);
        accounts.add(account);
        return AccountView.of(account);
    }

    /**
     * A learner account for someone an LMS vouches for (a cmi5 launch): no password (the stored hash is no hash, so
     * no password ever matches; the learner comes in through the LMS), a generated username, placed in the
     * organisational unit of this name, which is made at the top level if there is none.
     */
    public AccountView createVouched(String displayName, String orgUnitName) {
        String username;
        do {
            username = "lms-" + java.util.HexFormat.of().formatHex(randomBytes(6));
        } while (accounts.findByUsername(username).isPresent());
        String name = displayName == null || displayName.isBlank() ? "Deltagare från lärplattformen" : displayName.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        Account account = new Account(Username.of(username), name, NO_PASSWORD, Set.of(Role.LEARNER), clock.instant());
        if (orgUnitName != null && !orgUnitName.isBlank()) {
            String unitName = orgUnitName.strip();
            OrgUnit unit = orgUnits.findAll().stream().filter(u -> u.name().equals(unitName)).findFirst()
                    .orElseGet(() -> {
                        OrgUnit made = new OrgUnit(unitName, null, clock.instant());
                        orgUnits.add(made);
                        return made;
                    });
            account.placeIn(unit.id());
        }
        accounts.add(account);
        return AccountView.of(account);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public AccountView setRoles(String accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("no-roles", "Ett konto måste ha minst en roll.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("konto", accountId));
        account.assignRoles(roles);
        return AccountView.of(account);
    }

    /** The next login must choose a new password before anything else. */
    public AccountView requirePasswordChange(String accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("konto", accountId));
        account.requirePasswordChange();
        return AccountView.of(account);
    }

    public AccountView get(String accountId) {
        return accounts.findById(accountId).map(AccountView::of)
                .orElseThrow(() -> new NotFoundException("konto", accountId));
    }

    public AccountView byUsername(String username) {
        return accounts.findByUsername(username).map(AccountView::of)
                .orElseThrow(() -> new NotFoundException("konto", username));
    }

    public List<AccountView> all() {
        return accounts.findAll().stream().map(AccountView::of).toList();
    }

    /** Whether an account with this (typed) username exists. */
    public boolean exists(String typedUsername) {
        return Username.isValid(typedUsername) && accounts.findByUsername(Username.of(typedUsername).value()).isPresent();
    }

    /** Whether any account exists; the first administrator is created only on an empty database. */
    public boolean noAccounts() {
        return accounts.isEmpty();
    }
}
