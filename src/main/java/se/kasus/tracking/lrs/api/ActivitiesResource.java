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

/** The Activities Resource (xAPI 1.0.3 Communication 2.5): the LRS's canonical Activity object for an id. */
@Path("activities")
public class ActivitiesResource {

    @Inject
    LrsActivities activities;

    @GET
    public Response get(@Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), Set.of("activityId"));
        String activityId = p.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        return Response.ok(activities.json(activityId), MediaType.APPLICATION_JSON).build();
    }
}
