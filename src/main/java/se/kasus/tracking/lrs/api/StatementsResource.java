package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.tracking.lrs.application.LrsStatementQueries;
import se.kasus.tracking.lrs.application.LrsStatements;
import se.kasus.tracking.lrs.application.StoreCommand;
import se.kasus.tracking.lrs.application.StatementPage;
import se.kasus.tracking.lrs.application.StatementReader;
import se.kasus.tracking.lrs.application.StoredJson;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.xapi.model.Statement;

/** The Statement Resource (xAPI 1.0.3 Communication 2.1): PUT, POST and GET {@code /xapi/statements}. */
@Path("statements")
public class StatementsResource {

    @Inject
    LrsStatements store;

    @Inject
    LrsStatementQueries queries;

    @Inject
    StatementReader reader;

    @Inject
    LrsCaller caller;

    @Inject
    StatementOutput output;

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @HeaderParam("Content-Type") String contentType, @Context UriInfo uriInfo) {
        Params params = Params.of(uriInfo.getQueryParameters(), Set.of("statementId"));
        params.required("statementId");
        String id = params.uuid("statementId").orElseThrow();
        Submission submission = Submission.read(contentType, body, reader);
        if (submission.validated().isArray() || submission.validated().statements().size() != 1) {
            throw new InvalidStatementException("PUT stores exactly one statement, given as a JSON object.");
        }
        Statement statement = submission.validated().statements().get(0);
        if (statement.id() != null && !statement.id().equalsIgnoreCase(id)) {
            throw new InvalidStatementException("The statement's id " + statement.id()
                    + " differs from the statementId parameter " + id + " (Communication 2.1.1.s3.b3).");
        }
        store.store(StoreCommand.of(submission.validated().withFirstId(id), submission.attachments(),
                caller.client().authority(), caller.version().statementVersion()));
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Response post(byte[] body, @HeaderParam("Content-Type") String contentType, @Context UriInfo uriInfo) {
        Params.of(uriInfo.getQueryParameters(), Set.of());
        Submission submission = Submission.read(contentType, body, reader);
        List<Statement> stored = store.store(StoreCommand.of(submission.validated(), submission.attachments(),
                caller.client().authority(), caller.version().statementVersion()));
        StringBuilder ids = new StringBuilder("[");
        for (Statement s : stored) {
            ids.append(ids.length() > 1 ? ",\"" : "\"").append(s.id()).append('"');
        }
        return Response.ok(ids.append(']').toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    public Response get(@Context UriInfo uriInfo, @HeaderParam("Accept-Language") String acceptLanguage) {
        StatementRequest request = StatementRequest.of(uriInfo.getQueryParameters(),
                json -> reader.agent("agent", json, true));
        if (request instanceof StatementRequest.Single single) {
            StoredJson found = (single.voided() ? queries.voided(single.statementId())
                    : queries.statement(single.statementId()))
                    .orElseThrow(() -> new NotFoundException("statement", single.statementId()));
            return output.single(found, single.format(), single.attachments(), acceptLanguage)
                    .lastModified(Date.from(found.stored())).build();
        }
        StatementRequest.Query query = (StatementRequest.Query) request;
        StatementPage page = queries.query(query.query(), query.limit());
        String more = page.nextAfter() == null ? "" : moreLink(uriInfo, page.nextAfter());
        return output.page(page, more, query.format(), query.attachments(), acceptLanguage).build();
    }

    /** The same query from where this page ended: a relative IRL with the full path (Data 2.5). */
    private static String moreLink(UriInfo uriInfo, long after) {
        StringBuilder link = new StringBuilder(uriInfo.getBaseUri().getRawPath()).append("statements?");
        String raw = uriInfo.getRequestUri().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty() && !pair.toLowerCase(Locale.ROOT).startsWith(StatementCursor.PARAMETER + "=")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.append(StatementCursor.PARAMETER).append('=').append(StatementCursor.encode(after)).toString();
    }
}
