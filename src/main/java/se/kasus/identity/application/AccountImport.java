package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import se.kasus.identity.domain.PasswordHasher;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.RejectedWithReportException;

/**
 * Many accounts from one CSV file, all or nothing. A dry run checks every row and reports; the real import
 * checks again and imports every row in one transaction, or nothing when any row has an error. Each
 * account gets a random temporary password, returned once. The passwords are hashed before the
 * transaction starts (PBKDF2 takes tens of milliseconds each), so the transaction only writes.
 */
@ApplicationScoped
public class AccountImport {

    @Inject
    AccountImportWriter writer;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    PasswordHasher hasher;

    public ImportPreview preview(byte[] file) {
        return writer.check(AccountCsv.read(file));
    }

    public ImportResult importAll(byte[] file) {
        List<AccountCsv.Row> rows = AccountCsv.read(file);
        ImportPreview preview = writer.check(rows);
        if (preview.errors() > 0) {
            throw rejected(preview);
        }
        List<AccountImportWriter.NewPassword> passwords = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String password = temporaryPasswords.next();
            passwords.add(new AccountImportWriter.NewPassword(password, hasher.hash(password.toCharArray())));
        }
        return writer.write(rows, passwords);
    }

    static RejectedWithReportException rejected(ImportPreview preview) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        for (ImportRowResult row : preview.rows()) {
            row.messages().forEach(message -> violations.add(new InvalidInputException.Violation("rad " + row.line(), message)));
        }
        String rows = preview.errors() == 1 ? "1 rad har fel" : preview.errors() + " rader har fel";
        return new RejectedWithReportException("import-rejected",
                "Inget importerades: " + rows + ". Rätta filen och försök igen.", violations, preview);
    }
}
