package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.tracking.lrs.application.LrsDocuments;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;

/** The Agent Profile Resource (xAPI 1.0.3 Communication 2.6.s3): documents per agent. */
@Path("agents/profile")
public class AgentProfileResource {

    private static final Set<String> ONE = Set.of("agent", "profileId");
    private static final Set<String> MANY = Set.of("agent", "since");

    @Inject
    LrsDocuments documents;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response get() {
        if (uri.getQueryParameters().containsKey("profileId")) {
            return DocumentHttp.document(documents.get(address(Params.of(uri.getQueryParameters(), ONE))));
        }
        Params params = Params.of(uri.getQueryParameters(), MANY);
        return DocumentHttp.ids(documents.ids(scope(params), params.timestamp("since").orElse(null)));
    }

    @PUT
    public Response put(byte[] body) {
        return DocumentHttp.stored(documents.put(address(Params.of(uri.getQueryParameters(), ONE)),
                DocumentHttp.contentType(headers), body, DocumentHttp.precondition(headers)));
    }

    @POST
    public Response post(byte[] body) {
        return DocumentHttp.stored(documents.post(address(Params.of(uri.getQueryParameters(), ONE)),
                DocumentHttp.contentType(headers), body, DocumentHttp.precondition(headers)));
    }

    @DELETE
    public Response delete() {
        documents.delete(address(Params.of(uri.getQueryParameters(), ONE)), DocumentHttp.precondition(headers));
        return Response.noContent().build();
    }

    private static DocumentAddress address(Params params) {
        return scope(params).withDocumentId(params.required("profileId"));
    }

    private static DocumentAddress scope(Params params) {
        return new DocumentAddress(DocumentKind.AGENT_PROFILE, null, DocumentHttp.agentKey(params.required("agent")), null, null);
    }
}
