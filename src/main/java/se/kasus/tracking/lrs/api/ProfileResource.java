package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.tracking.lrs.application.LrsDocuments;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.Preconditions;

/**
 * What the Activity Profile and Agent Profile resources share (xAPI 1.0.3 Communication 2.6, 2.7): documents by
 * profileId within one scope, listed since a time, under the concurrency rules of 3.1 (a PUT replacing an existing
 * document needs If-Match or If-None-Match). Public, so that the JAX-RS annotations of its methods are seen in the
 * subclasses rather than hidden behind the compiler's visibility bridges.
 */
public abstract class ProfileResource {

    private final Set<String> single;
    private final Set<String> any;

    @Inject
    LrsDocuments documents;

    @Inject
    LrsCaller caller;

    /** @param scope the parameter that names the scope: activityId or agent */
    ProfileResource(String scope) {
        this.single = Set.of(scope, "profileId");
        this.any = Set.of(scope, "profileId", "since");
    }

    /** The document's address from the request parameters; {@code profileId} null for the whole scope. */
    abstract DocumentAddress address(Params p, String profileId);

    /** What the resource holds, for messages: "activity profile", "agent profile". */
    abstract String label();

    @GET
    public Response get(@Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), any);
        if (p.has("profileId")) {
            if (p.has("since")) {
                throw Params.invalid("The parameter since lists profile ids; it cannot be combined with profileId.");
            }
            DocumentAddress address = address(p, p.required("profileId"));
            return Documents.document(documents.get(address).orElse(null), label(), address.documentId());
        }
        return Documents.ids(documents.ids(address(p, null), p.timestamp("since").orElse(null)));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @HeaderParam("Content-Type") String contentType,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), single);
        Preconditions preconditions = new Preconditions(ifMatch, ifNoneMatch);
        if (preconditions.isEmpty() && caller.version() == XapiVersionHeader.V1) {
            // xAPI 1.0.3 asks for a condition on every PUT of a profile document, whether it exists or not; 2.0
            // (IEEE 9274.1.1) only for replacing an existing one, which LrsDocuments enforces with 409 citing the rule.
            throw Params.invalid("A PUT to the " + label() + " resource needs If-Match (to replace the document) "
                    + "or If-None-Match: * (to create it) in xAPI 1.0.3 (Communication 3.1).");
        }
        documents.put(address(p, p.required("profileId")), Documents.content(body), Documents.contentType(contentType),
                preconditions, caller.version().concurrencyRule());
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                         @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), single);
        documents.post(address(p, p.required("profileId")), Documents.content(body), Documents.contentType(contentType),
                new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), single);
        documents.delete(address(p, p.required("profileId")), new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

}
