package se.kasus.platform.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import se.kasus.platform.problem.ProblemDetail;

/**
 * An account with a temporary or generated password may do one thing until it has chosen its own:
 * read who it is and change the password. Everything else under /api answers 403 with the problem
 * type {@code password-change-required}, which the pages turn into a visit to "Mitt konto".
 */
final class PasswordChange {

    /** Where the pages send the person (and where the login goes) when a new password is needed. */
    static final String PAGE = "/mitt-konto.html?byt=1";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private PasswordChange() {
    }

    static boolean allows(String method, String path) {
        return ("GET".equals(method) && "/api/me".equals(path))
                || ("PUT".equals(method) && "/api/me/password".equals(path));
    }

    static AuthenticationStatus required(HttpServletResponse response, HttpMessageContext context) {
        ProblemDetail problem = new ProblemDetail(ProblemDetail.type("password-change-required"), "Byt lösenord", 403,
                "Du behöver välja ett nytt lösenord innan du fortsätter.", "urn:uuid:" + UUID.randomUUID(), null);
        response.setStatus(403);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(problem));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
