package se.kasus.identity.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.kasus.identity.domain.EmailAddress;
import se.kasus.identity.domain.OrgUnitPath;
import se.kasus.identity.domain.Role;
import se.kasus.identity.domain.Username;

/** Checks every row of an import file against the account rules, the other rows and the accounts that exist. */
public final class AccountImportRules {

    public static final int MAX_NAME_LENGTH = 200;

    private AccountImportRules() {
    }

    /** A checked row; {@code path} is null without an organisation, {@code result} says whether it may be imported. */
    record Checked(ImportRowResult result, OrgUnitPath path) {
    }

    static List<Checked> check(List<AccountCsv.Row> rows, Set<String> existingUsernames) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (AccountCsv.Row row : rows) {
            List<String> messages = new ArrayList<>();
            if (row.fieldCount() != row.expectedFieldCount()) {
                messages.add("Raden har " + row.fieldCount() + " fält men rubrikraden har " + row.expectedFieldCount()
                        + ". Kontrollera avgränsare och citattecken.");
            }
            String username = row.username().strip().toLowerCase(Locale.ROOT);
            if (username.isEmpty()) {
                messages.add("Användarnamn saknas.");
            } else if (!Username.isValid(username)) {
                messages.add("Användarnamnet \"" + row.username() + "\" är ogiltigt: det ska vara 3–64 tecken, små bokstäver a–z,"
                        + " siffror, punkt, bindestreck, understreck eller @, och börja med en bokstav eller siffra.");
            } else {
                Integer earlier = firstLine.putIfAbsent(username, row.line());
                if (earlier != null) {
                    messages.add("Användarnamnet " + username + " finns redan på rad " + earlier + " i filen.");
                }
                if (existingUsernames.contains(username)) {
                    messages.add("Det finns redan ett konto med användarnamnet " + username + ".");
                }
            }
            String name = row.name().isBlank() ? username : row.name().strip().replaceAll("\\s+", " ");
            if (name.length() > MAX_NAME_LENGTH) {
                messages.add("Namnet är " + name.length() + " tecken; det får vara högst " + MAX_NAME_LENGTH + ".");
            }
            String email = row.email().isBlank() ? null : row.email().strip();
            if (email != null && !EmailAddress.isValid(email)) {
                messages.add("E-postadressen \"" + email + "\" är inte giltig.");
            }
            OrgUnitPath path = null;
            if (!row.orgUnit().isBlank()) {
                try {
                    path = OrgUnitPath.parse(row.orgUnit());
                } catch (IllegalArgumentException e) {
                    messages.add(e.getMessage());
                }
            }
            Set<Role> roles = roles(row.role(), messages);
            ImportRowResult result = new ImportRowResult(row.line(), username, name, email, path == null ? null : path.toString(),
                    roles, messages.isEmpty() ? ImportRowResult.OK : ImportRowResult.ERROR, List.copyOf(messages));
            checked.add(new Checked(result, path));
        }
        return checked;
    }

    /** The preview of checked rows; {@code unitExists} tells which organisational units are already there. */
    static ImportPreview preview(List<Checked> checked, Predicate<OrgUnitPath> unitExists) {
        Map<String, String> newUnits = new LinkedHashMap<>();
        for (Checked row : checked) {
            for (OrgUnitPath path = row.path(); path != null; path = path.parent()) {
                if (!unitExists.test(path)) {
                    newUnits.putIfAbsent(path.key(), path.toString());
                }
            }
        }
        List<ImportRowResult> results = checked.stream().map(Checked::result).toList();
        int ok = (int) results.stream().filter(ImportRowResult::ok).count();
        List<String> units = newUnits.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new ImportPreview(results.size(), ok, results.size() - ok, units, results, AccountCsv.MAX_ROWS);
    }

    private static Set<Role> roles(String typed, List<String> messages) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (typed.isBlank()) {
            roles.add(Role.LEARNER);
            return roles;
        }
        for (String part : typed.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            RoleNames.parse(part).ifPresentOrElse(roles::add, () -> messages.add("Okänd roll \"" + part.strip()
                    + "\". Använd deltagare, utbildare eller administratör (eller learner, trainer, admin); flera skiljs åt med |."));
        }
        if (roles.isEmpty() && messages.stream().noneMatch(m -> m.startsWith("Okänd roll"))) {
            roles.add(Role.LEARNER);
        }
        return roles;
    }
}
