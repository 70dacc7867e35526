package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.tracking.lrs.application.LrsDocuments;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;
import se.kasus.tracking.lrs.domain.Preconditions;

/**
 * The Activity Profile Resource (xAPI 1.0.3 Communication 2.7): documents per activity and profileId, under the
 * concurrency rules of 3.1 (a PUT replacing an existing document needs If-Match or If-None-Match).
 */
@Path("activities/profile")
public class ActivityProfileResource {

    private static final Set<String> SINGLE = Set.of("activityId", "profileId");
    private static final Set<String> ANY = Set.of("activityId", "profileId", "since");

    @Inject
    LrsDocuments documents;

    @GET
    public Response get(@Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), ANY);
        if (p.has("profileId")) {
            if (p.has("since")) {
                throw Params.invalid("The parameter since lists profile ids; it cannot be combined with profileId.");
            }
            DocumentAddress address = address(p, p.required("profileId"));
            return Documents.document(documents.get(address).orElse(null), "activity profile", address.documentId());
        }
        return Documents.ids(documents.ids(address(p, null), p.timestamp("since").orElse(null)));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @HeaderParam("Content-Type") String contentType,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        documents.put(address(p, p.required("profileId")), Documents.content(body), Documents.contentType(contentType),
                new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                         @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        documents.post(address(p, p.required("profileId")), Documents.content(body), Documents.contentType(contentType),
                new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        documents.delete(address(p, p.required("profileId")), new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

    private static DocumentAddress address(Params p, String profileId) {
        String activityId = p.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        return new DocumentAddress(DocumentKind.ACTIVITY_PROFILE, activityId, null, null, profileId);
    }
}
