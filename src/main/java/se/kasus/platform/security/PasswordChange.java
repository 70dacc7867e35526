package se.kasus.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import se.kasus.platform.problem.ServletProblems;

/**
 * An account with a temporary or generated password may do one thing until it has chosen its own:
 * read who it is and change the password. Everything else under /api answers 403 with the problem
 * type {@code password-change-required}, which the pages turn into a visit to "Mitt konto".
 */
final class PasswordChange {

    /** Where the pages send the person (and where the login goes) when a new password is needed. */
    static final String PAGE = "/mitt-konto.html?byt=1";

    private PasswordChange() {
    }

    static boolean allows(String method, String path) {
        return ("GET".equals(method) && "/api/me".equals(path))
                || ("PUT".equals(method) && "/api/me/password".equals(path));
    }

    static AuthenticationStatus required(HttpServletResponse response) {
        ServletProblems.write(response, 403, "password-change-required", "Byt lösenord",
                "Du behöver välja ett nytt lösenord innan du fortsätter.");
        // The answer is complete; under SEND_FAILURE Liberty would add its own to it.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
