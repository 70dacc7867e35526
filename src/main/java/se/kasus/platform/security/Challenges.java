package se.kasus.platform.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.platform.problem.ProblemDetail;

/** The 401 answer, written before any JAX-RS resource runs, so it is built here rather than by a mapper. */
final class Challenges {

    private static final Logger LOG = Logger.getLogger(Challenges.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    private Challenges() {
    }

    static AuthenticationStatus unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, String code, String detail) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.fine(() -> instance + " 401 " + code);
        ProblemDetail problem = new ProblemDetail(ProblemDetail.type(code), "Inloggning krävs", 401, detail, instance, null);
        response.setStatus(401);
        if (request.getHeader(KasusAuthenticationMechanism.PAGE_REQUEST_HEADER) == null) {
            // Only API clients get the Basic challenge; for the web pages it would pop up the browser's own dialog.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kasus\", charset=\"UTF-8\"");
        }
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(problem));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the 401 body", e);
        }
        return context.responseUnauthorized();
    }
}
