package se.kasus.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.identity.application.OwnAccount;
import se.kasus.identity.application.OwnAccountView;
import se.kasus.platform.security.BrowserSessions;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.KasusAuthenticationMechanism;
import se.kasus.platform.security.Roles;

/** The logged-in person's own account: "Mitt konto". */
@Path("me")
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    OwnAccount ownAccount;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrowserSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Operation(summary = "The logged-in account: name, username, e-mail, organisational unit, roles, "
            + "and whether a new password must be chosen first")
    public OwnAccountView me() {
        return ownAccount.show(currentUser.username());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password; other sessions of the account end, this one goes on")
    public Response changePassword(@NotNull(message = "Skicka nuvarande och nytt lösenord.") @Valid ChangePasswordRequest body) {
        String username = currentUser.username();
        ownAccount.changePassword(username, body.currentPassword(), body.newPassword());
        if (Boolean.TRUE.equals(request.getAttribute(KasusAuthenticationMechanism.SESSION_AUTHENTICATED))) {
            // The change ended every session that logged in before it; this one continues with a fresh cookie.
            sessions.start(username, request, response);
        }
        return Response.noContent().build();
    }
}
