package se.kasus.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a unit sits in the organisation, written as names from the top: "Myndighet › Avdelning › Enhet".
 * People type it with {@code >} as well as {@code ›}; both separate levels.
 */
public record OrgUnitPath(List<String> names) {

    public static final int MAX_DEPTH = 8;
    public static final String SEPARATOR = " › ";
    private static final Pattern LEVELS = Pattern.compile("\\s*[›>]\\s*");

    public OrgUnitPath {
        names = List.copyOf(names);
        if (names.isEmpty() || names.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a path has 1-" + MAX_DEPTH + " levels");
        }
        for (String name : names) {
            if (name == null || name.isBlank() || name.length() > OrgUnit.MAX_NAME_LENGTH || !name.equals(name.strip())) {
                throw new IllegalArgumentException("every level needs a name of 1-" + OrgUnit.MAX_NAME_LENGTH + " characters");
            }
        }
    }

    /** Reads what a person typed; throws IllegalArgumentException with a Swedish message when it is not a path. */
    public static OrgUnitPath parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("Organisationen saknas.");
        }
        List<String> names = new ArrayList<>();
        for (String part : LEVELS.split(typed.strip(), -1)) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Organisationen \"" + typed.strip() + "\" har en tom nivå mellan två avgränsare.");
            }
            if (name.length() > OrgUnit.MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("Ett namn i organisationen får ha högst " + OrgUnit.MAX_NAME_LENGTH + " tecken.");
            }
            names.add(name);
        }
        if (names.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("Organisationen får ha högst " + MAX_DEPTH + " nivåer.");
        }
        return new OrgUnitPath(names);
    }

    public OrgUnitPath parent() {
        return names.size() == 1 ? null : new OrgUnitPath(names.subList(0, names.size() - 1));
    }

    public String last() {
        return names.get(names.size() - 1);
    }

    /** Names compare without regard to case, so "ekonomi" in a file finds the unit "Ekonomi". */
    public String key() {
        return String.join("\u0000", names).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, names);
    }
}
