package se.kasus.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.platform.security.Roles;
import se.kasus.tracking.application.ForwardingStatus;

@Path("admin/xapi-forwarding")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ForwardingStatusResource {

    @Inject
    ForwardingStatus status;

    @GET
    @Operation(summary = "Per forwarding target: pending, sent, failing since, last error")
    public List<ForwardingStatus.TargetView> targets() {
        return status.all();
    }
}
