package se.kasus.cmi5.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import se.kasus.cmi5.application.Cmi5Launches;
import se.kasus.cmi5.application.LaunchRecords;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.platform.security.BrowserSessions;

/**
 * The AU launch URLs an LMS opens (cmi5 8.1): {@code /cmi5/launch/{courseId}/{moduleId}/case/{caseId}} and
 * {@code /cmi5/launch/{courseId}/{moduleId}/quiz}, with endpoint, fetch, actor, registration and activityId. A
 * launch that starts signs the learner in (a new browser session, as a login does) and answers 303 to Kasus's own
 * player page with the launch marker; it never redirects to a URL from the request. One that cannot start answers
 * the Swedish error page with a 4xx or 5xx status, after at most one POST to the fetch URL.
 */
@Path("launch/{courseId}/{moduleId}")
@PermitAll
public class LaunchResource {

    private static final Logger LOG = Logger.getLogger(LaunchResource.class.getName());

    @Inject
    Cmi5Launches launches;

    @Inject
    BrowserSessions browserSessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uri;

    @GET
    @Path("case/{caseId}")
    @Produces("text/html")
    public Response caseAu(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @PathParam("caseId") String caseId) {
        return launch(courseId, moduleId, caseId);
    }

    @GET
    @Path("quiz")
    @Produces("text/html")
    public Response quizAu(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId) {
        return launch(courseId, moduleId, null);
    }

    private Response launch(String courseId, String moduleId, String caseId) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        try {
            LaunchRecords.Opened opened = launches.launch(courseId, moduleId, caseId, query());
            browserSessions.start(opened.username(), request, response);
            // Absolute, on this host: a relative URI would be taken relative to the /cmi5 application.
            return Response.seeOther(uri.getBaseUri().resolve(request.getContextPath() + opened.playerPath()))
                    .cacheControl(noStore).build();
        } catch (LaunchException e) {
            LOG.warning("cmi5 launch of " + courseId + "/" + moduleId + "/" + (caseId == null ? "quiz" : caseId)
                    + " did not start: " + e.getMessage());
            return errorPage(e.failure(), noStore);
        } catch (RuntimeException e) {
            LOG.warning("cmi5 launch of " + courseId + "/" + moduleId + " failed in Kasus: " + e);
            return errorPage(LaunchFailure.KASUS_ERROR, noStore);
        }
    }

    private static Response errorPage(LaunchFailure failure, CacheControl noStore) {
        return Response.status(LaunchErrorPage.status(failure)).type("text/html;charset=UTF-8")
                .entity(LaunchErrorPage.render(failure)).cacheControl(noStore).build();
    }

    /** The first value of each query parameter, decoded. */
    private Map<String, String> query() {
        Map<String, String> values = new HashMap<>();
        MultivaluedMap<String, String> parameters = uri.getQueryParameters(true);
        parameters.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return values;
    }
}
