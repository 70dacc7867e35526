package se.kasus.certification.application;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The credentials the issuer has revoked, for the {@code 1EdTechRevocationList} document. Read at every request
 * (the list is not cached), so a revocation shows at once. Without an implementation the list is empty.
 */
public interface RevokedCredentials {

    List<Revoked> revoked();

    /** @param reason a short public reason category (may be null), e.g. "Fel namn" */
    record Revoked(URI credentialId, String reason) {

        public Revoked {
            Objects.requireNonNull(credentialId, "credentialId");
        }
    }
}
