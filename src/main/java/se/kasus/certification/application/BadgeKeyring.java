package se.kasus.certification.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;

/**
 * The keys of the Open Badges credentials: this instance's private signing key, and the public keys that verifiers
 * fetch. Every key's {@code kid} is its address ({@link BadgeUrls#key(String)}), built from its RFC 7638 thumbprint.
 */
public interface BadgeKeyring {

    /** This instance's private key, RSA for RS256 (the one algorithm Open Badges 3.0 requires every verifier to support). */
    RSAKey signingKey();

    /**
     * The public halves of this instance's key and of every {@link PublishedKeys} entry, without duplicates and
     * never with a private member.
     */
    JWKSet publicKeys();

    /** One public key of {@link #publicKeys()} by its RFC 7638 thumbprint. */
    Optional<JWK> publicKey(String thumbprint);
}
