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
import se.kasus.identity.application.OrgUnitAdministration;
import se.kasus.identity.application.OrgUnitView;
import se.kasus.platform.security.Roles;

@Path("admin/org-units")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminOrgUnitResource {

    @Inject
    OrgUnitAdministration orgUnits;

    @GET
    @Operation(summary = "Every organisational unit, flat, with its parentId and path (\"Myndighet › Avdelning › Enhet\"), ordered by path")
    public List<OrgUnitView> all() {
        return orgUnits.all();
    }

    @POST
    @Operation(summary = "Add a unit under a parent (no parentId: a top level)")
    public Response create(@NotNull(message = "Skicka uppgifter om enheten.") @Valid OrgUnitRequest request,
                           @Context UriInfo uriInfo) {
        OrgUnitView created = orgUnits.create(request.name(), emptyAsNull(request.parentId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a unit, or move it under another parent (never under itself or its own sub-units)")
    public OrgUnitView update(@PathParam("id") String id,
                              @NotNull(message = "Skicka uppgifter om enheten.") @Valid OrgUnitRequest request) {
        return orgUnits.update(id, request.name(), emptyAsNull(request.parentId()));
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
