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
import se.kasus.tracking.lrs.application.StatementReader;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;
import se.kasus.tracking.lrs.domain.Preconditions;

/**
 * The State Resource (xAPI 1.0.3 Communication 2.3): documents per activity, agent and optional registration. With
 * a stateId GET, PUT, POST and DELETE act on one document; without, GET lists ids and DELETE removes them all.
 * Concurrency headers are honoured; in xAPI 1.0.3 not required (3.1.s3), in xAPI 2.0 a PUT replacing an existing
 * document needs one (409 without).
 */
@Path("activities/state")
public class StateResource {

    private static final Set<String> SINGLE = Set.of("activityId", "agent", "registration", "stateId");
    private static final Set<String> ANY = Set.of("activityId", "agent", "registration", "stateId", "since");

    @Inject
    LrsDocuments documents;

    @Inject
    StatementReader reader;

    @Inject
    LrsCaller caller;

    @GET
    public Response get(@Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), ANY);
        if (p.has("stateId")) {
            if (p.has("since")) {
                throw Params.invalid("The parameter since lists state ids; it cannot be combined with stateId.");
            }
            DocumentAddress address = address(p, p.required("stateId"));
            return Documents.document(documents.get(address).orElse(null), "state", address.documentId());
        }
        return Documents.ids(documents.ids(address(p, null), p.timestamp("since").orElse(null)));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @HeaderParam("Content-Type") String contentType,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        // xAPI 1.0.3 exempts State from the condition on replacing PUTs (Communication 3.1); xAPI 2.0 does not.
        String replaceRule = caller.version() == XapiVersionHeader.V2 ? caller.version().concurrencyRule() : null;
        documents.put(address(p, p.required("stateId")), Documents.content(body), Documents.contentType(contentType),
                new Preconditions(ifMatch, ifNoneMatch), replaceRule);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                         @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        documents.post(address(p, p.required("stateId")), Documents.content(body), Documents.contentType(contentType),
                new Preconditions(ifMatch, ifNoneMatch));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), SINGLE);
        if (p.has("stateId")) {
            documents.delete(address(p, p.required("stateId")), new Preconditions(ifMatch, ifNoneMatch));
        } else {
            documents.deleteAll(address(p, null));
        }
        return Response.noContent().build();
    }

    private DocumentAddress address(Params p, String stateId) {
        String activityId = p.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        String agent = ActorKey.of(reader.agent("agent", p.required("agent"), false)).orElseThrow();
        return new DocumentAddress(DocumentKind.STATE, activityId, agent, p.uuid("registration").orElse(null), stateId);
    }
}
