package se.kasus.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;
import se.kasus.platform.problem.ProblemDetail;

/**
 * HTTP Basic over the identity store. Unlike the built-in mechanism it answers a missing or wrong
 * password with an RFC 9457 body, so that every API error has the same shape.
 */
@ApplicationScoped
public class BasicAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BasicAuthenticationMechanism.class.getName());
    private static final String PREFIX = "Basic ";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.isProtected() ? challenge(response, context, "Logga in för att fortsätta.") : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(PREFIX.length()).trim());
        if (credential == null) {
            return challenge(response, context, "Inloggningsuppgifterna kunde inte läsas.");
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(response, context, "Fel användarnamn eller lösenord.");
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context, String detail) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.fine(() -> instance + " 401 unauthenticated: " + detail);
        ProblemDetail problem = new ProblemDetail(ProblemDetail.type("unauthenticated"), "Inloggning krävs", 401,
                detail, instance, null);
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kasus\", charset=\"UTF-8\"");
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(problem));
        } catch (IOException e) {
            LOG.warning("Could not write the 401 body: " + e);
        } catch (Exception e) {
            LOG.warning("Could not close JSON-B: " + e);
        }
        return context.responseUnauthorized();
    }
}
