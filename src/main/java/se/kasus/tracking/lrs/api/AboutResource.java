package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The About Resource (xAPI 1.0.3 Communication 2.8): the versions this LRS speaks; open without credentials. */
@Path("about")
public class AboutResource {

    @GET
    public Response about() {
        return Response.ok("{\"version\":[\"" + XapiVersionHeader.V1.latest() + "\",\"" + XapiVersionHeader.V2.latest()
                + "\"]}", MediaType.APPLICATION_JSON).build();
    }
}
