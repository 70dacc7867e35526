package se.kasus.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.BadgeUrls;
import se.kasus.certification.application.CertificateSettings;
import se.kasus.certification.application.OpenBadgeDocuments;

/** The Open Badges issuer {@code Profile} at its own {@code id}, which every credential's {@code issuer.id} names. */
@Path("public/badges/issuer")
@PermitAll
public class IssuerProfileResource {

    @Inject
    BadgeUrls urls;

    @Inject
    CertificateSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuer profile of Kasus's Open Badges credentials (no login needed)")
    public Response profile() {
        String name = settings.issuerName();
        String body = OpenBadgeDocuments.issuerProfile(urls.issuerProfile(), name, urls.base().toString()).toString();
        return PublicDocuments.cached(body, MediaType.APPLICATION_JSON);
    }
}
