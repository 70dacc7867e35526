package se.kasus.tracking.lrs.application;

import java.time.Instant;
import se.kasus.tracking.lrs.domain.LrsCredential;
import se.kasus.tracking.lrs.domain.LrsScope;

/** An LRS credential as administrators see it: never the secret, not even its hash. */
public record CredentialView(String id, String key, String name, LrsScope scope, Instant createdAt) {

    static CredentialView of(LrsCredential credential) {
        return new CredentialView(credential.id(), credential.key(), credential.name(), credential.scope(),
                credential.createdAt());
    }
}
