package se.kasus.platform.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import se.kasus.shared.domain.NotFoundException;

@Path("admin/backups")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    DatabaseBackups backups;

    @POST
    @Operation(summary = "Back up the embedded database now, while the server keeps serving; answers when the backup is complete")
    public Response create(@Context UriInfo uriInfo) {
        Backup backup = backups.backUp();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(backup.name()).build()).entity(backup).build();
    }

    @GET
    @Operation(summary = "Complete backups in the backup folder, newest first")
    public List<Backup> all() {
        return backups.list();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One backup")
    public Backup get(@PathParam("name") String name) {
        return backups.find(name).orElseThrow(() -> new NotFoundException("säkerhetskopia", name));
    }
}
