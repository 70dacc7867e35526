package se.kasus.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.identity.application.AccountService;
import se.kasus.identity.application.AccountView;
import se.kasus.platform.security.CurrentUser;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The logged-in account")
    public AccountView me() {
        return accounts.byUsername(currentUser.username());
    }
}
