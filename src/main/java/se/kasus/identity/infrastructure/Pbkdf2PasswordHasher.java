package se.kasus.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import se.kasus.identity.domain.PasswordHasher;

/** Hashes with the container's PBKDF2 implementation, in the format its identity store verifies. */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PasswordHashParameters.asMap());
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
