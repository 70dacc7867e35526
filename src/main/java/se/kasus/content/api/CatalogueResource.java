package se.kasus.content.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.content.application.CourseVersions;
import se.kasus.shared.domain.NotFoundException;

@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    CourseVersions versions;

    @GET
    @Operation(summary = "The catalogue: the newest version of every course")
    public List<CourseOverview> catalogue() {
        return versions.allLatest().stream().map(CourseOverview::of).toList();
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "One course: modules, cases and principles")
    public CourseOverview course(@PathParam("courseId") String courseId) {
        return versions.latest(courseId).map(CourseOverview::of)
                .orElseThrow(() -> new NotFoundException("kurs", courseId));
    }
}
