package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.OrgUnitTree;
import se.kasus.identity.domain.Username;
import se.kasus.platform.audit.AuditTrail;

/** The transactional half of {@link AccountImport}: checks rows against the database and writes them. */
@ApplicationScoped
@Transactional
public class AccountImportWriter {

    /** A temporary password and its hash, made before the transaction. */
    record NewPassword(String password, String hash) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    OrgUnitAdministration orgUnits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ImportPreview check(List<AccountCsv.Row> rows) {
        OrgUnitTree tree = orgUnits.tree();
        return AccountImportRules.preview(checked(rows), path -> tree.find(path).isPresent());
    }

    /** Checks again (another import may have taken a username meanwhile) and writes every row, or nothing. */
    public ImportResult write(List<AccountCsv.Row> rows, List<NewPassword> passwords) {
        OrgUnitTree tree = orgUnits.tree();
        List<AccountImportRules.Checked> checked = checked(rows);
        ImportPreview preview = AccountImportRules.preview(checked, path -> tree.find(path).isPresent());
        if (preview.errors() > 0) {
            throw AccountImport.rejected(preview);
        }
        Instant now = clock.instant();
        List<ImportResult.ImportedAccount> imported = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            ImportRowResult row = checked.get(i).result();
            Account account = new Account(Username.of(row.username()), row.displayName(), passwords.get(i).hash(), row.roles(), now);
            account.changeEmail(row.email());
            account.requirePasswordChange();
            if (checked.get(i).path() != null) {
                account.placeIn(orgUnits.ensure(checked.get(i).path(), tree));
            }
            accounts.add(account);
            audit.record("account.created", account.username(), "import rad " + row.line() + "; roller: "
                    + RoleNames.swedish(account.roles()) + (row.orgUnit() == null ? "" : "; organisation: " + row.orgUnit())
                    + "; tillfälligt lösenord");
            imported.add(new ImportResult.ImportedAccount(row.line(), account.username(), account.displayName(),
                    passwords.get(i).password()));
        }
        audit.record("accounts.imported", imported.size() + " konton",
                preview.newUnits().isEmpty() ? null : "nya organisationsenheter: " + String.join(", ", preview.newUnits()));
        return new ImportResult(imported.size(), preview.newUnits(), imported);
    }

    private List<AccountImportRules.Checked> checked(List<AccountCsv.Row> rows) {
        Set<String> names = rows.stream().map(r -> r.username().strip().toLowerCase(java.util.Locale.ROOT))
                .filter(Username::isValid).collect(Collectors.toSet());
        return AccountImportRules.check(rows, accounts.existingUsernames(names));
    }
}
