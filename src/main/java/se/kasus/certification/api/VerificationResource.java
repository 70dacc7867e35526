package se.kasus.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.Verification;
import se.kasus.certification.application.VerificationView;
import se.kasus.platform.security.CurrentUser;

@Path("public/certificates")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Verification verification;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{code}")
    @Operation(summary = "Whether a certificate holds, and what it certifies; no login. Unknown codes answer 404;"
            + " too many wrong codes from one address answer 429")
    public VerificationView verify(@PathParam("code") String code) {
        return verification.verify(code, currentUser.address().orElse(null));
    }
}
