package se.kasus.cmi5.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.cmi5.application.CoursePackages;

/**
 * The cmi5 course structure at its stable address, {@code /cmi5/courses/{courseId}/cmi5.xml}. Public: it holds
 * only what the package holds (titles, descriptions, ids and launch URLs, no learner data), and an LMS that
 * imports by URL has no Kasus login. Launching still needs the LMS (fetch token, registration).
 */
@Path("courses/{courseId}/cmi5.xml")
@PermitAll
public class CourseStructureResource {

    @Inject
    CoursePackages packages;

    @GET
    @Produces("application/xml")
    @Operation(summary = "The cmi5 course structure of the latest published version of a course (no login needed)")
    public Response structure(@PathParam("courseId") String courseId) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(packages.structure(courseId), "application/xml;charset=UTF-8").cacheControl(cache).build();
    }
}
