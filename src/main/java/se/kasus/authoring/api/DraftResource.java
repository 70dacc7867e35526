package se.kasus.authoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.authoring.application.DraftViews.DocumentText;
import se.kasus.authoring.application.DraftViews.DraftSummary;
import se.kasus.authoring.application.DraftViews.DraftView;
import se.kasus.authoring.application.DraftViews.PublishResult;
import se.kasus.authoring.application.DraftViews.StartDraft;
import se.kasus.authoring.application.DraftViews.WriteResult;
import se.kasus.authoring.application.Drafts;
import se.kasus.content.domain.ContentProblem;
import se.kasus.platform.security.Roles;
import se.kasus.shared.domain.InvalidInputException;

/**
 * Drafts of courses for trainers. Every read of a draft or a document answers its revision as ETag; every change
 * sends it back as If-Match (428 without, 409 with the current revision and document when the draft has moved on).
 */
@Path("authoring/drafts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class DraftResource {

    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Inject
    Drafts drafts;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every draft, the most recently changed first")
    public List<DraftSummary> list() {
        return drafts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft: {courseId} from the course's latest version; {courseId, copyOf} from another"
            + " course's; {courseId, empty: true} for a new course; or {courseId, documents: {path: document}}")
    public Response start(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("draft-request-invalid", "Ange kursens id (courseId).");
        }
        String courseId = string(body, "courseId");
        if (courseId == null || !COURSE_ID.matcher(courseId).matches()) {
            throw new InvalidInputException("course-id-invalid", "Kursens id (courseId) ska vara 1–64 tecken: små"
                    + " bokstäver a–z, siffror och bindestreck.");
        }
        Map<String, String> documents = new LinkedHashMap<>();
        JsonValue posted = body.get("documents");
        if (posted != null && posted.getValueType() == JsonValue.ValueType.OBJECT) {
            posted.asJsonObject().forEach((path, document) -> documents.put(path, document.toString()));
        }
        boolean empty = body.containsKey("empty") && body.get("empty") == JsonValue.TRUE;
        DraftView draft = drafts.start(new StartDraft(courseId, empty, string(body, "copyOf"), documents));
        return Response.created(uriInfo.getBaseUriBuilder().path("authoring/drafts").path(draft.draftId()).build())
                .tag(Revisions.tag(draft.revision())).entity(draft).build();
    }

    @GET
    @Path("{draftId}")
    @Operation(summary = "A draft: revision (also as ETag), its documents and its problems")
    public Response get(@PathParam("draftId") String draftId) {
        DraftView draft = drafts.view(draftId);
        return Response.ok(draft).tag(Revisions.tag(draft.revision())).build();
    }

    @DELETE
    @Path("{draftId}")
    @Operation(summary = "Delete a draft (If-Match: its revision)")
    public Response delete(@PathParam("draftId") String draftId, @HeaderParam("If-Match") String ifMatch) {
        drafts.delete(draftId, Revisions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{draftId}/problems")
    @Operation(summary = "Every problem of the draft, with the import's rules: file, field, rule and message")
    public List<ContentProblem> problems(@PathParam("draftId") String draftId) {
        return drafts.problems(draftId);
    }

    @GET
    @Path("{draftId}/documents/{path: .+}")
    @Operation(summary = "One document of the draft as JSON (course.yaml, modules/m1.yaml, cases/case-01.yaml, ...);"
            + " ETag is the draft's revision")
    public Response document(@PathParam("draftId") String draftId, @PathParam("path") String path) {
        DocumentText document = drafts.document(draftId, path);
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(Revisions.tag(document.revision())).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{draftId}/documents/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write one document (If-Match: the draft's revision); answers the new revision and every"
            + " problem of the draft. A draft with problems is saved, but cannot be published")
    public Response write(@PathParam("draftId") String draftId, @PathParam("path") String path,
                          @HeaderParam("If-Match") String ifMatch, String json) {
        long revision = Revisions.ifMatch(ifMatch);
        WriteResult result = drafts.write(draftId, path, json, revision);
        return Response.ok(result).tag(Revisions.tag(result.revision())).build();
    }

    @DELETE
    @Path("{draftId}/documents/{path: .+}")
    @Operation(summary = "Remove one document (If-Match: the draft's revision); answers the new revision and problems")
    public Response deleteDocument(@PathParam("draftId") String draftId, @PathParam("path") String path,
                                   @HeaderParam("If-Match") String ifMatch) {
        WriteResult result = drafts.deleteDocument(draftId, path, Revisions.ifMatch(ifMatch));
        return Response.ok(result).tag(Revisions.tag(result.revision())).build();
    }

    @POST
    @Path("{draftId}/publish")
    @Operation(summary = "Publish the draft as a new course version (If-Match: its revision): 201 with the version"
            + " (200 when the content equals a stored version), 422 with every problem while the draft has any")
    public Response publish(@PathParam("draftId") String draftId, @HeaderParam("If-Match") String ifMatch) {
        PublishResult result = drafts.publish(draftId, Revisions.ifMatch(ifMatch));
        return Response.status(result.created() ? 201 : 200).tag(Revisions.tag(result.revision())).entity(result).build();
    }

    private static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
