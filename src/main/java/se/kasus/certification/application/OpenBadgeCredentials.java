package se.kasus.certification.application;

import java.net.URI;

/** Writes a certificate as a signed Open Badges 3.0 {@code OpenBadgeCredential}. */
public interface OpenBadgeCredentials {

    /**
     * The credential as a compact VC-JWT (Open Badges 3.0 §8.2): JOSE header {@code alg} RS256, {@code typ} JWT and
     * {@code kid} the key's URL; the payload is the credential with the claims {@code iss}, {@code jti},
     * {@code nbf} and {@code sub}. The same arguments always give the same token.
     *
     * @param credentialId     the credential's {@code id} (and {@code jti}), stable for the certificate
     * @param statusListUrl    the revocation list, normally {@link BadgeUrls#revocationList()}
     * @param issuerProfileUrl the issuer profile, normally {@link BadgeUrls#issuerProfile()}
     * @param achievementUrl   the {@code Achievement}'s id, the same for every learner of the course version
     */
    String issue(CertificateDocument document, URI credentialId, URI statusListUrl, URI issuerProfileUrl,
                 URI achievementUrl);
}
