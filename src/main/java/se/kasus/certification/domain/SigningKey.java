package se.kasus.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A public key that verifies credentials, as a JWK. Every instance publishes its own here, so the JWK Set of
 * any instance verifies the credentials of all; a key stays when its instance is gone, so old credentials
 * still verify.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(length = 100)
    private String kid;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "instance_name", length = 100)
    private String instanceName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String publicJwk, String instanceName, Instant createdAt) {
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.instanceName = instanceName;
        this.createdAt = createdAt;
    }

    public String kid() {
        return kid;
    }

    public String publicJwk() {
        return publicJwk;
    }
}
