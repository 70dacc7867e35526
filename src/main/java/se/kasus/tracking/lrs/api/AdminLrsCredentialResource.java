package se.kasus.tracking.lrs.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.platform.security.Roles;
import se.kasus.tracking.lrs.application.CredentialView;
import se.kasus.tracking.lrs.application.LrsCredentials;
import se.kasus.tracking.lrs.application.NewCredential;

/** Administrators make the Basic-auth credentials that LRS clients use at {@code /xapi}. */
@Path("admin/lrs-credentials")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminLrsCredentialResource {

    @Inject
    LrsCredentials credentials;

    @POST
    @Operation(summary = "Create an LRS credential; the answer holds the secret, which is never shown again")
    public Response create(@NotNull(message = "Skicka uppgifter om LRS-nyckeln.") @Valid CreateLrsCredentialRequest request,
                           @Context UriInfo uriInfo) {
        NewCredential created = credentials.create(request.name(), request.scope());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All LRS credentials, without secrets")
    public List<CredentialView> all() {
        return credentials.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One LRS credential, without its secret")
    public CredentialView get(@PathParam("id") String id) {
        return credentials.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an LRS credential; clients using it are refused from then on")
    public void delete(@PathParam("id") String id) {
        credentials.delete(id);
    }
}
