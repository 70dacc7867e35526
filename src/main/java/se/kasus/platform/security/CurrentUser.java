package se.kasus.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The caller of the current request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<HttpServletRequest> request;

    public String username() {
        return usernameIfKnown().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
    }

    /** The caller's username; empty when nobody is logged in (or outside a request). */
    public Optional<String> usernameIfKnown() {
        Principal principal = securityContext.getCallerPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The client's address as the server sees it (behind a proxy: as Liberty's remoteIp setting makes it). */
    public Optional<String> address() {
        try {
            return request.isResolvable() ? Optional.ofNullable(request.get().getRemoteAddr()) : Optional.empty();
        } catch (RuntimeException e) {
            // no active request (a scheduled task)
            return Optional.empty();
        }
    }
}
