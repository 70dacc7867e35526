package se.kasus.certification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.BadgeKeyring;

/**
 * The public keys of the Open Badges credentials as a JWK Set at {@code /.well-known/jwks.json} (served by the
 * {@code /.well-known} application; web.xml leaves it outside the login). Each key's {@code kid} is the one the
 * credentials name in their JOSE header.
 */
@Path("jwks.json")
@PermitAll
public class JwksResource {

    @Inject
    BadgeKeyring keys;

    public JwksResource() {
    }

    JwksResource(BadgeKeyring keys) {
        this.keys = keys;
    }

    @GET
    @Produces({PublicDocuments.JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys that verify Kasus's Open Badges credentials (JWK Set, no login needed)")
    public Response jwks() {
        // publicKeys() holds no private members, and JWKSet.toString() would drop them anyway
        return PublicDocuments.cached(keys.publicKeys().toString(), PublicDocuments.JWK_SET);
    }
}
