package se.kasus.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.CertificateFiles;
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

    @Inject
    CertificateFiles files;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The learner's certificates, newest first; a course completed before certificates existed gets its certificate now")
    public List<CertificateView> mine() {
        return certificates.mine(learner());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as a sealed PDF (PDF/A-2a, PDF/UA-1), the same bytes at every download")
    public Response pdf(@PathParam("id") String id) {
        return download(files.pdf(learner(), id), "application/pdf");
    }

    @GET
    @Path("{id}/credential")
    @Produces(VC_JWT)
    @Operation(summary = "The certificate as an Open Badges 3.0 credential, signed as a VC-JWT")
    public Response credential(@PathParam("id") String id) {
        return download(files.credential(learner(), id), VC_JWT);
    }

    private static Response download(CertificateFiles.Download download, String type) {
        return Response.ok(download.content(), type)
                .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private String learner() {
        return security.getUserPrincipal().getName();
    }
}
