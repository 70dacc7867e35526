package se.kasus.cmi5.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.cmi5.application.CoursePackages;
import se.kasus.platform.security.Roles;

/** The cmi5 course package (a zip with cmi5.xml at its root) that trainers and admins import into an LMS. */
@Path("cmi5/courses/{courseId}/package")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class CoursePackageResource {

    @Inject
    CoursePackages packages;

    @GET
    @Produces("application/zip")
    @Operation(summary = "The cmi5 package of the latest published version of a course, for an LMS to import")
    public Response download(@PathParam("courseId") String courseId) {
        CoursePackages.Package zip = packages.zip(courseId);
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return Response.ok(zip.bytes(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"")
                .cacheControl(cache)
                .build();
    }
}
