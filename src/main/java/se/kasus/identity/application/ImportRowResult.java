package se.kasus.identity.application;

import java.util.List;
import java.util.Set;
import se.kasus.identity.domain.Role;

/** One row of an import file as Kasus read it: {@code status} is "ok" or "error", with the reasons in Swedish. */
public record ImportRowResult(int line, String username, String displayName, String email, String orgUnit, Set<Role> roles,
                              String status, List<String> messages) {

    public static final String OK = "ok";
    public static final String ERROR = "error";

    public boolean ok() {
        return OK.equals(status);
    }
}
