package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A key and secret that an LRS client (an LMS, a reporting tool, the conformance suite) sends with HTTP Basic.
 * Only a hash of the secret is kept; the secret is shown once, when the credential is made.
 */
@Entity
@Table(name = "lrs_credential", uniqueConstraints = @UniqueConstraint(name = "uq_lrs_cred_key", columnNames = "api_key"))
public class LrsCredential {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "api_key", nullable = false, length = 64)
    private String key;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 120)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LrsScope scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LrsCredential() {
    }

    public LrsCredential(String key, String name, String secret, LrsScope scope, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.key = key;
        this.name = name;
        this.secretHash = SecretHash.of(secret);
        this.scope = scope;
        this.createdAt = createdAt;
    }

    public boolean accepts(String secret) {
        return SecretHash.matches(secret, secretHash);
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public LrsScope scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
