package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stable public addresses of the Open Badges documents, all under {@code kasus.public.base.url}: a credential
 * names them (issuer, status list, key), and verifiers fetch them years later, so they must not depend on which
 * instance or which request produced the credential.
 */
@ApplicationScoped
public class BadgeUrls {

    static final String ISSUER_PATH = "api/public/badges/issuer";
    static final String REVOCATIONS_PATH = "api/public/badges/revocations";
    static final String KEYS_PATH = "api/public/badges/keys/";
    static final String JWKS_PATH = ".well-known/jwks.json";

    private URI base;

    protected BadgeUrls() {
        // for the CDI proxy
    }

    @Inject
    public BadgeUrls(@ConfigProperty(name = "kasus.public.base.url", defaultValue = "http://localhost:9080/") String baseUrl) {
        this(URI.create(baseUrl.strip()));
    }

    public BadgeUrls(URI baseUrl) {
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("kasus.public.base.url must be an absolute http(s) URL: " + baseUrl);
        }
        String text = baseUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The public base, ending in a slash: the issuer profile's {@code url}. */
    public URI base() {
        return base;
    }

    /** The issuer {@code Profile}: its {@code id}, which a credential's {@code issuer.id} and {@code iss} repeat. */
    public URI issuerProfile() {
        return base.resolve(ISSUER_PATH);
    }

    /** The {@code 1EdTechRevocationList} document that a credential's {@code credentialStatus.id} names. */
    public URI revocationList() {
        return base.resolve(REVOCATIONS_PATH);
    }

    /** The JWK Set of every key whose credentials still verify. */
    public URI jwks() {
        return base.resolve(JWKS_PATH);
    }

    /**
     * One public key as a JWK, by its RFC 7638 thumbprint. Open Badges 3.0 (§8.2, JOSE header) wants the
     * {@code kid} to be a URI that dereferences to the JWK, so this address is the key id.
     */
    public URI key(String thumbprint) {
        if (!thumbprint.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("not a base64url SHA-256 thumbprint: " + thumbprint);
        }
        return base.resolve(KEYS_PATH + thumbprint);
    }

    /** The thumbprint that {@link #key(String)} put into a key id, or null when the id is not one of ours. */
    public String thumbprintOf(String keyId) {
        String prefix = base.resolve(KEYS_PATH).toString();
        if (keyId == null || !keyId.startsWith(prefix)) {
            return null;
        }
        String thumbprint = keyId.substring(prefix.length());
        return thumbprint.matches("[A-Za-z0-9_-]{43}") ? thumbprint : null;
    }

    /** A certificate's credential id: the certificate's id as a URN, so the credential names nothing about the learner. */
    public static URI credentialId(String certificateId) {
        return URI.create("urn:uuid:" + certificateId);
    }
}
