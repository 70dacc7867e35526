package se.kasus.identity.application;

import java.util.List;

/** A finished import: the accounts with their temporary passwords (shown this once) and the units it created. */
public record ImportResult(int imported, List<String> newUnits, List<ImportedAccount> accounts) {

    public record ImportedAccount(int line, String username, String displayName, String temporaryPassword) {
    }
}
