package se.kasus.platform.site;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's details for the accessibility statement, the personal-data page and the help page. Public: those
 * pages must be readable without an account (web.xml leaves {@code /api/public/*} outside the login constraint).
 * Unset values (MicroProfile Config treats an empty server.xml value as unset) are sent as null.
 */
@Path("public/site")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    @ConfigProperty(name = "kasus.operator.name")
    Optional<String> operatorName;

    @Inject
    @ConfigProperty(name = "kasus.operator.email")
    Optional<String> operatorEmail;

    @Inject
    @ConfigProperty(name = "kasus.operator.phone")
    Optional<String> operatorPhone;

    @Inject
    @ConfigProperty(name = "kasus.operator.dpo.email")
    Optional<String> dpoEmail;

    @Inject
    @ConfigProperty(name = "kasus.support.email")
    Optional<String> supportEmail;

    @Inject
    @ConfigProperty(name = "kasus.support.phone")
    Optional<String> supportPhone;

    @Inject
    @ConfigProperty(name = "kasus.support.text")
    Optional<String> supportText;

    @Inject
    @ConfigProperty(name = "kasus.accessibility.response.time")
    Optional<String> accessibilityResponseTime;

    @Inject
    @ConfigProperty(name = "kasus.accessibility.tested.date")
    Optional<String> accessibilityTestedDate;

    @Inject
    @ConfigProperty(name = "kasus.accessibility.updated.date")
    Optional<String> accessibilityUpdatedDate;

    @Inject
    @ConfigProperty(name = "kasus.privacy.retention")
    Optional<String> privacyRetention;

    @Inject
    @ConfigProperty(name = "kasus.privacy.legal.basis")
    Optional<String> privacyLegalBasis;

    @Inject
    @ConfigProperty(name = "kasus.xapi.actor.mbox", defaultValue = "false")
    boolean xapiActorMbox;

    @GET
    @Operation(summary = "The operator's contact details and texts for the public pages (no login needed)")
    public Response site() {
        SiteInfo info = new SiteInfo(text(operatorName), text(operatorEmail), text(operatorPhone), text(dpoEmail),
                text(supportEmail), text(supportPhone), text(supportText), text(accessibilityResponseTime),
                text(accessibilityTestedDate), text(accessibilityUpdatedDate), text(privacyRetention),
                text(privacyLegalBasis), xapiActorMbox);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(info).cacheControl(cache).build();
    }

    private static String text(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
