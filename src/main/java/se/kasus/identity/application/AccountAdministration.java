package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.EmailAddress;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitPath;
import se.kasus.identity.domain.OrgUnitTree;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.identity.domain.Role;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.LoginThrottling;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/**
 * What administrators do to accounts: search, create (with a generated temporary password when none is
 * given), change details, roles and active state, set a temporary password. Every change is audited in the
 * same transaction. Administrators cannot lock themselves out, and Kasus always keeps one active
 * administrator. Creating delegates to {@link AccountService}, which owns the password rule.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    OrgUnitAdministration orgUnits;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    LoginThrottling throttling;

    /** Accounts matching the text, in the unit or any unit below it, ordered by username, after {@code after}. */
    public AccountSearch search(String text, String unitId, Boolean active, String after, int limit) {
        int capped = Math.max(1, Math.min(limit, MAX_LIMIT));
        Set<String> unitIds = null;
        if (unitId != null && !unitId.isBlank()) {
            OrgUnitTree tree = orgUnits.tree();
            unitIds = tree.find(unitId).isPresent() ? tree.subtree(unitId) : Set.of();
        }
        List<Account> found = accounts.search(text, unitIds, active, after == null || after.isBlank() ? null : after,
                capped + 1);
        boolean more = found.size() > capped;
        return new AccountSearch(found.stream().limit(capped).map(AccountView::of).toList(), more);
    }

    public IssuedPassword create(String username, String displayName, String email, String password, Set<Role> roles,
                                 String orgUnitId) {
        checkEmail(email);
        OrgUnitTree tree = orgUnits.tree();
        String unitId = checkedUnit(tree, orgUnitId);
        boolean generated = password == null || password.isEmpty();
        String chosen = generated ? temporaryPasswords.next() : password;
        AccountView created = accountService.create(username, displayName, email, chosen, roles);
        Account account = load(created.id());
        account.placeIn(unitId);
        if (generated) {
            account.requirePasswordChange();
        }
        List<String> detail = new ArrayList<>();
        detail.add("roller: " + RoleNames.swedish(account.roles()));
        if (unitId != null) {
            detail.add("organisation: " + unitPath(tree, unitId));
        }
        detail.add(generated ? "tillfälligt lösenord" : "lösenord valt av administratören");
        audit.record("account.created", account.username(), String.join("; ", detail));
        return new IssuedPassword(AccountView.of(account), generated ? chosen : null);
    }

    public AccountView get(String id) {
        return AccountView.of(load(id));
    }

    /** Name, e-mail and organisational unit; the username never changes (statements and logs name it). */
    public AccountView updateDetails(String id, String displayName, String email, String orgUnitId) {
        Account account = load(id);
        if (displayName == null || displayName.isBlank()) {
            throw new RuleViolationException("name-required", "Ange ett namn.");
        }
        checkEmail(email);
        OrgUnitTree tree = orgUnits.tree();
        String unitId = checkedUnit(tree, orgUnitId);
        List<String> changes = new ArrayList<>();
        if (!account.displayName().equals(displayName.strip())) {
            account.rename(displayName);
            changes.add("namn");
        }
        String newEmail = email == null || email.isBlank() ? null : email.strip();
        if (!Objects.equals(account.email().orElse(null), newEmail)) {
            account.changeEmail(newEmail);
            changes.add("e-post");
        }
        String oldUnit = account.orgUnitId().orElse(null);
        if (!Objects.equals(oldUnit, unitId)) {
            account.placeIn(unitId);
            changes.add("organisation: " + unitPath(tree, oldUnit) + " → " + unitPath(tree, unitId));
        }
        if (!changes.isEmpty()) {
            audit.record("account.details-changed", account.username(), String.join("; ", changes));
        }
        return AccountView.of(account);
    }

    public AccountView setRoles(String id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("no-roles", "Ett konto måste ha minst en roll.");
        }
        Account account = load(id);
        Set<Role> before = EnumSet.copyOf(account.roles());
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (isCaller(account)) {
                throw new ConflictException("own-admin-role",
                        "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.");
            }
            refuseLastAdmin(account, "Det måste finnas minst en aktiv administratör. Ge först någon annan administratörsrollen.");
        }
        if (!before.equals(EnumSet.copyOf(roles))) {
            account.assignRoles(roles);
            audit.record("account.roles-changed", account.username(),
                    RoleNames.swedish(before) + " → " + RoleNames.swedish(EnumSet.copyOf(roles)));
        }
        return AccountView.of(account);
    }

    /** The account can no longer log in, and its open sessions end at their next request. */
    public AccountView deactivate(String id) {
        Account account = load(id);
        if (!account.isActive()) {
            return AccountView.of(account);
        }
        if (isCaller(account)) {
            throw new ConflictException("own-account",
                    "Du kan inte inaktivera ditt eget konto. Be en annan administratör göra det.");
        }
        if (account.roles().contains(Role.ADMIN)) {
            refuseLastAdmin(account, "Det måste finnas minst en aktiv administratör. Ge först någon annan administratörsrollen.");
        }
        account.deactivate(clock.instant());
        audit.record("account.deactivated", account.username(), null);
        return AccountView.of(account);
    }

    public AccountView reactivate(String id) {
        Account account = load(id);
        if (!account.isActive()) {
            account.reactivate();
            throttling.release(account.username());
            audit.record("account.reactivated", account.username(), null);
        }
        return AccountView.of(account);
    }

    /** A new random password, shown once; it must be changed at the next login, and open sessions end now. */
    public IssuedPassword temporaryPassword(String id) {
        Account account = load(id);
        if (isCaller(account)) {
            throw new ConflictException("own-account", "Byt ditt eget lösenord under Mitt konto.");
        }
        String password = temporaryPasswords.next();
        account.setTemporaryPassword(hasher.hash(password.toCharArray()), clock.instant());
        // A new password from the administrator also unlocks an account that too many guesses had locked.
        throttling.release(account.username());
        audit.record("account.temporary-password", account.username(), "ska bytas vid nästa inloggning");
        return new IssuedPassword(AccountView.of(account), password);
    }

    private Account load(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("konto", id));
    }

    private boolean isCaller(Account account) {
        return currentUser.usernameIfKnown().map(account.username()::equals).orElse(false);
    }

    private void refuseLastAdmin(Account account, String message) {
        if (account.isActive() && accounts.countActiveWith(Role.ADMIN) <= 1) {
            throw new ConflictException("last-admin", message);
        }
    }

    private static void checkEmail(String email) {
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            throw new RuleViolationException("invalid-email", "Ange en giltig e-postadress, till exempel anna@kommun.se.");
        }
    }

    private static String checkedUnit(OrgUnitTree tree, String orgUnitId) {
        if (orgUnitId == null || orgUnitId.isBlank()) {
            return null;
        }
        return tree.find(orgUnitId).map(OrgUnit::id)
                .orElseThrow(() -> new RuleViolationException("unknown-org-unit", "Organisationsenheten finns inte."));
    }

    private static String unitPath(OrgUnitTree tree, String unitId) {
        return unitId == null ? "ingen" : tree.pathOf(unitId).map(OrgUnitPath::toString).orElse("okänd");
    }
}
