package se.kasus.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The caller of the current request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No authenticated caller");
        }
        return principal.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }
}
