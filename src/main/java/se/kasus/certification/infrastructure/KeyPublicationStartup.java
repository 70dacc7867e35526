package se.kasus.certification.infrastructure;

import com.nimbusds.jose.JOSEException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.certification.application.BadgeKeyring;
import se.kasus.certification.application.KeyPublication;

/**
 * At start, makes sure this instance's credential key exists (generated on first start) and that its public
 * half is in the database, where every instance's JWK Set finds it.
 */
@ApplicationScoped
public class KeyPublicationStartup {

    private static final Logger LOG = Logger.getLogger(KeyPublicationStartup.class.getName());

    @Inject
    BadgeKeyring keyring;

    @Inject
    KeyPublication publication;

    @Inject
    @ConfigProperty(name = "kasus.instance.name", defaultValue = "kasus")
    String instanceName;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            var key = keyring.signingKey().toPublicJWK();
            String thumbprint = key.computeThumbprint().toString();
            if (publication.publish(thumbprint, key.toJSONString(), instanceName)) {
                LOG.info(() -> "Kasus certificates: published the credential key " + thumbprint);
            }
        } catch (JOSEException | RuntimeException e) {
            LOG.log(Level.WARNING, "Kasus certificates: the credential key could not be published;"
                    + " credentials of this instance verify only through its own JWK Set", e);
        }
    }
}
