package se.kasus.identity.application;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kasus.identity.domain.Role;

/** Roles as people write them in files and read them in the log: Swedish or English names. */
final class RoleNames {

    private static final Map<String, Role> NAMES = Map.ofEntries(
            Map.entry("learner", Role.LEARNER), Map.entry("deltagare", Role.LEARNER),
            Map.entry("trainer", Role.TRAINER), Map.entry("utbildare", Role.TRAINER),
            Map.entry("admin", Role.ADMIN), Map.entry("administrator", Role.ADMIN),
            Map.entry("administratör", Role.ADMIN));

    private RoleNames() {
    }

    static Optional<Role> parse(String name) {
        return Optional.ofNullable(NAMES.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    static String swedish(Role role) {
        return switch (role) {
            case LEARNER -> "deltagare";
            case TRAINER -> "utbildare";
            case ADMIN -> "administratör";
        };
    }

    static String swedish(Set<Role> roles) {
        return roles.stream().sorted().map(RoleNames::swedish).collect(Collectors.joining(", "));
    }
}
