package se.kasus.cmi5.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.cmi5.application.LaunchRecords;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.Roles;

/**
 * Leaving a launched AU ("Avsluta och gå tillbaka"): terminated goes to the LMS's LRS, and the page is told where to
 * go: the returnURL that LMS.LaunchData gave (kept server side, never read from the request), or Kasus's page that
 * says the window may be closed.
 */
@Path("cmi5/launches/{launchId}/exit")
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.ADMIN})
public class LaunchExitResource {

    /** Where the learner goes when the LMS gave no returnURL. */
    public static final String CLOSED_PAGE = "/lms-avslutad.html";

    @Inject
    LaunchRecords records;

    @Inject
    CurrentUser user;

    /** @param returnUrl where the page goes next */
    public record Exit(String returnUrl) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends a launch from an LMS (cmi5 terminated) and names the page to go to")
    public Exit exit(@PathParam("launchId") String launchId) {
        return new Exit(records.exit(user.username(), launchId).orElse(CLOSED_PAGE));
    }
}
