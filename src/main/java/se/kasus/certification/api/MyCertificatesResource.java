package se.kasus.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.CertificateService;
import se.kasus.certification.application.CertificateView;
import se.kasus.platform.security.Roles;

@Path("me/certificates")
@RolesAllowed(Roles.LEARNER)
public class MyCertificatesResource {

    /** The media type of a credential secured as a VC-JWT (VC-JOSE-COSE). */
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    CertificateService certificates;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The learner's certificates, newest first; a course completed before certificates existed gets its certificate now")
    public List<CertificateView> mine() {
        return certificates.mine(learner());
    }

    private String learner() {
        return security.getUserPrincipal().getName();
    }
}
