package se.kasus.content.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.content.application.ContentImporter;
import se.kasus.content.application.CourseTransfers;
import se.kasus.platform.security.Roles;

@Path("authoring/imports")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class CourseImportResource {

    @Inject
    CourseTransfers transfers;

    @POST
    @Consumes({CourseExportResource.ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a course zip (course-content/ format) with the folder import's checks: 201 with the"
            + " version (created false when the content was already stored), 422 with every problem, 400 for an"
            + " unsafe or unreadable zip")
    public Response importZip(InputStream zip) {
        ContentImporter.ImportReport.Imported imported = transfers.importZip(zip);
        return Response.status(imported.created() ? 201 : 200).entity(imported).build();
    }
}
