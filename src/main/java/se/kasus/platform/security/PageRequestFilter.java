package se.kasus.platform.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request forgery guard: a change made with the session cookie must carry the
 * {@code X-Kasus-Request} header, which another site's page cannot add without CORS permission.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PageRequestFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean bySession = Boolean.TRUE.equals(servletRequest.getAttribute(KasusAuthenticationMechanism.SESSION_AUTHENTICATED));
        if (bySession && !SAFE.contains(request.getMethod())
                && request.getHeaderString(KasusAuthenticationMechanism.PAGE_REQUEST_HEADER) == null) {
            throw new ForbiddenException("missing " + KasusAuthenticationMechanism.PAGE_REQUEST_HEADER);
        }
    }
}
