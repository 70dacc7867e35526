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

/** The State Resource (xAPI 1.0.3 Communication 2.3): documents per activity, agent and registration. */
@Path("activities/state")
public class StateResource {

    private static final Set<String> ONE = Set.of("activityId", "agent", "registration", "stateId");
    private static final Set<String> MANY = Set.of("activityId", "agent", "registration", "since");
    private static final Set<String> DELETE_ALL = Set.of("activityId", "agent", "registration");

    @Inject
    LrsDocuments documents;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response get() {
        if (uri.getQueryParameters().containsKey("stateId")) {
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
        if (uri.getQueryParameters().containsKey("stateId")) {
            documents.delete(address(Params.of(uri.getQueryParameters(), ONE)), DocumentHttp.precondition(headers));
        } else {
            documents.deleteAll(scope(Params.of(uri.getQueryParameters(), DELETE_ALL)));
        }
        return Response.noContent().build();
    }

    private DocumentAddress address(Params params) {
        return scope(params).withDocumentId(params.required("stateId"));
    }

    private static DocumentAddress scope(Params params) {
        String activityId = params.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        String agent = DocumentHttp.agentKey(params.required("agent"));
        return new DocumentAddress(DocumentKind.STATE, activityId, agent, params.uuid("registration").orElse(null), null);
    }
}
