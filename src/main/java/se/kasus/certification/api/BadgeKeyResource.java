package se.kasus.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.BadgeKeyring;
import se.kasus.shared.domain.NotFoundException;

/**
 * One public key as a JWK, at the address that is its {@code kid}: Open Badges 3.0 verifiers dereference the
 * {@code kid} of the JOSE header and expect a JWK there (the 1EdTech validator reads {@code n} and {@code e} from it).
 */
@Path("public/badges/keys")
@PermitAll
public class BadgeKeyResource {

    @Inject
    BadgeKeyring keys;

    public BadgeKeyResource() {
    }

    BadgeKeyResource(BadgeKeyring keys) {
        this.keys = keys;
    }

    @GET
    @Path("{thumbprint}")
    @Produces({PublicDocuments.JWK, MediaType.APPLICATION_JSON})
    @Operation(summary = "One public key of the Open Badges credentials by its RFC 7638 thumbprint (no login needed)")
    public Response key(@PathParam("thumbprint") String thumbprint) {
        return keys.publicKey(thumbprint)
                .map(key -> PublicDocuments.cached(key.toPublicJWK().toJSONString(), PublicDocuments.JWK))
                .orElseThrow(() -> new NotFoundException("key", thumbprint));
    }
}
