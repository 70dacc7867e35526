package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import se.kasus.certification.domain.SigningKey;
import se.kasus.certification.domain.SigningKeyRepository;

/** Publishes this instance's public credential key in the database, and reads everyone's for the JWK Set. */
@ApplicationScoped
@Transactional
public class KeyPublication implements PublishedKeys {

    @Inject
    SigningKeyRepository keys;

    @Inject
    Clock clock;

    /** Adds the key unless it is there already (restarts and other instances sharing a key file add nothing). */
    public boolean publish(String kid, String publicJwk, String instanceName) {
        if (keys.find(kid).isPresent()) {
            return false;
        }
        keys.add(new SigningKey(kid, publicJwk, instanceName, clock.instant()));
        return true;
    }

    @Override
    public Collection<String> publicJwks() {
        return keys.all().stream().map(SigningKey::publicJwk).toList();
    }
}
