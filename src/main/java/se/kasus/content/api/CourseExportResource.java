package se.kasus.content.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.content.application.CourseTransfers;
import se.kasus.platform.security.Roles;

@Path("authoring/courses/{courseId}/export")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class CourseExportResource {

    public static final String ZIP = "application/zip";

    @Inject
    CourseTransfers transfers;

    @GET
    @Produces(ZIP)
    @Operation(summary = "A published course as a zip in the course-content/ format (latest version, or versionId)")
    public Response export(@PathParam("courseId") String courseId, @QueryParam("versionId") Long versionId) {
        CourseTransfers.ExportedCourse exported = transfers.export(courseId, versionId);
        return Response.ok(exported.zip(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
