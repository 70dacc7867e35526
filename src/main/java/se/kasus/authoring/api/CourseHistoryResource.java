package se.kasus.authoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.authoring.application.CourseHistory;
import se.kasus.platform.security.Roles;
import se.kasus.shared.domain.InvalidInputException;

/** The published versions of a course and of its cases, and diffs between versions. */
@Path("authoring/courses/{courseId}")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class CourseHistoryResource {

    @Inject
    CourseHistory history;

    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of the course, oldest first: number, content hash, when and by whom published"
            + " (publishedBy null and source import for versions imported from files)")
    public List<CourseHistory.VersionEntry> course(@PathParam("courseId") String courseId) {
        return history.course(courseId);
    }

    @GET
    @Path("cases/{caseId}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The versions in which the case was added, changed or removed")
    public List<CourseHistory.CaseVersionEntry> caseHistory(@PathParam("courseId") String courseId,
                                                            @PathParam("caseId") String caseId) {
        return history.caseHistory(courseId, caseId);
    }

    @GET
    @Path("diff")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "Unified diff of the canonical YAML from version `from` to version `to` (every file, or only"
            + " `path`, e.g. cases/case-01.yaml); empty when they are the same")
    public Response diff(@PathParam("courseId") String courseId, @QueryParam("from") Integer from,
                         @QueryParam("to") Integer to, @QueryParam("path") String path) {
        if (from == null || to == null) {
            throw new InvalidInputException("diff-versions-missing", "Ange två versionsnummer: from och to.");
        }
        return Response.ok(history.diff(courseId, from, to, path)).header("Cache-Control", "no-store").build();
    }
}
