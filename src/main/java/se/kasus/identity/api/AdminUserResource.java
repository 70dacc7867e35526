package se.kasus.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.identity.application.AccountService;
import se.kasus.identity.application.AccountView;
import se.kasus.platform.security.Roles;

@Path("admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AccountService accounts;

    @POST
    @Operation(summary = "Create an account; without roles it becomes a learner")
    public Response create(@NotNull(message = "Skicka uppgifter om kontot.") @Valid CreateUserRequest request,
                           @Context UriInfo uriInfo) {
        AccountView created = accounts.create(request.username(), request.displayName(), request.email(), request.password(),
                request.roles());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All accounts")
    public List<AccountView> all() {
        return accounts.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView get(@PathParam("id") String id) {
        return accounts.get(id);
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles")
    public AccountView setRoles(@PathParam("id") String id,
                                @NotNull(message = "Skicka rollerna.") @Valid SetRolesRequest request) {
        return accounts.setRoles(id, request.roles());
    }
}
