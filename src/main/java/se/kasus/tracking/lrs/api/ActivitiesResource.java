package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.tracking.lrs.application.LrsActivities;
import se.kasus.xapi.json.XapiJson;

/**
 * The Activities Resource (xAPI 1.0.3 Communication 2.5.s1): the LRS's canonical definition of an
 * activity, or just its id when it knows none.
 */
@Path("activities")
public class ActivitiesResource {

    @Inject
    LrsActivities activities;

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        Params params = Params.of(uri.getQueryParameters(), Set.of("activityId"));
        String activityId = params.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        return Response.ok(XapiJson.write(activities.find(activityId)), MediaType.APPLICATION_JSON).build();
    }
}
