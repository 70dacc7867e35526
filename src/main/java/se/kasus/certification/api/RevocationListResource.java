package se.kasus.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.BadgeUrls;
import se.kasus.certification.application.OpenBadgeDocuments;
import se.kasus.certification.application.RevokedCredentials;

/**
 * The {@code 1EdTechRevocationList} that every credential's {@code credentialStatus.id} names: the ids of the
 * revoked credentials, read afresh at each request and never cached, so a revocation shows at once.
 */
@Path("public/badges/revocations")
@PermitAll
public class RevocationListResource {

    @Inject
    BadgeUrls urls;

    @Inject
    Instance<RevokedCredentials> revokedCredentials;

    public RevocationListResource() {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The revoked Open Badges credentials (1EdTech Revocation List Status Method, no login needed)")
    public Response revocations() {
        return PublicDocuments.uncached(document(urls, revoked()), MediaType.APPLICATION_JSON);
    }

    static String document(BadgeUrls urls, List<RevokedCredentials.Revoked> revoked) {
        return OpenBadgeDocuments.revocationList(urls.revocationList(), urls.issuerProfile(), revoked).toString();
    }

    /** Nothing can have been revoked before the certificates' store implements {@link RevokedCredentials}. */
    private List<RevokedCredentials.Revoked> revoked() {
        return revokedCredentials.isUnsatisfied() ? List.of() : revokedCredentials.get().revoked();
    }
}
