package se.kasus.tracking.lrs.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import se.kasus.platform.problem.ProblemDetail;
import se.kasus.platform.problem.ProblemLanguage;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.application.LrsClient;
import se.kasus.tracking.lrs.application.LrsCredentials;
import se.kasus.tracking.lrs.domain.StoredTime;

/**
 * What every LRS request passes: HTTP Basic with an LRS credential (401 with a challenge otherwise), the
 * {@code X-Experience-API-Version} header (400 when missing or unsupported), and write scope for anything but
 * reading (403). The About resource is open to all (Communication 2.8.s5). Every response carries the version
 * header, and responses of the Statement Resource {@code X-Experience-API-Consistent-Through}; problems are in
 * English and say so with {@code Content-Language}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LrsGate implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    static final String CHALLENGE = "Basic realm=\"Kasus LRS\", charset=\"UTF-8\"";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final String VERSION_PROPERTY = LrsGate.class.getName() + ".version";

    @Inject
    LrsCredentials credentials;

    @Inject
    LrsCaller caller;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        XapiVersionHeader requested = XapiVersionHeader.of(request.getHeaderString(XapiVersionHeader.NAME)).orElse(null);
        if (requested != null) {
            request.setProperty(VERSION_PROPERTY, requested);
            caller.speaks(requested);
        }
        if (isAbout(path)) {
            return;
        }
        LrsClient client = authenticate(request.getHeaderString("Authorization"))
                .orElseThrow(() -> new NotAuthorizedException("LRS credentials missing or wrong", CHALLENGE));
        caller.authenticated(client);
        if (requested == null) {
            String header = request.getHeaderString(XapiVersionHeader.NAME);
            throw new InvalidInputException("xapi-version", header == null
                    ? "The X-Experience-API-Version header is required (xAPI 1.0.3 Communication 3.3)."
                    : "X-Experience-API-Version " + header + " is not supported; send 1.0.3 or 2.0.0.");
        }
        if (!READING.contains(request.getMethod()) && !client.scope().mayWrite()) {
            throw new ForbiddenException("This LRS credential may only read.");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object version = request.getProperty(VERSION_PROPERTY);
        // Without a version the request could be read in, the answer names the newest one Kasus speaks (xAPI 2.0
        // Communication 1.3: the LRS's own version), so that a client learns what to send.
        response.getHeaders().putSingle(XapiVersionHeader.NAME,
                (version instanceof XapiVersionHeader v ? v : XapiVersionHeader.NEWEST).latest());
        if (response.getEntity() instanceof ProblemDetail problem) {
            // The LRS speaks English to its clients (the xAPI vocabulary); its problems say so.
            response.setEntity(ProblemLanguage.english(problem));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "en");
        }
        if (request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("statements")) {
            response.getHeaders().putSingle(CONSISTENT_THROUGH, StoredTime.format(clock.instant()));
        }
    }

    private static boolean isAbout(String path) {
        return path.replaceFirst("^/", "").replaceFirst("/$", "").equals("about");
    }

    private Optional<LrsClient> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return credentials.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
