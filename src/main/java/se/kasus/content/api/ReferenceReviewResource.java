package se.kasus.content.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.content.application.ReferencesDue;
import se.kasus.platform.security.Roles;

/** For trainers: the legal references due for review in the published courses, with where each is used. */
@Path("authoring/references")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class ReferenceReviewResource {

    @Inject
    ReferencesDue due;

    @GET
    @Path("due")
    @Operation(summary = "Legal references due for review (never reviewed, review too old, or marked check or "
            + "unverified) across all cases of the latest version of every course")
    public ReferencesDue.DueList due() {
        return due.list();
    }
}
