package se.kasus.cmi5.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An LMS's learner (the launch actor's account: homePage and name) tied to the Kasus account that plays for them.
 * The key is the SHA-256 of homePage and name, so one LMS learner is one Kasus account whatever the LMS's names
 * look like.
 */
@Entity
@Table(name = "cmi5_actor_link")
public class ActorLink {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "actor_key", nullable = false, length = 64)
    private String actorKey;

    @Column(name = "home_page", nullable = false, length = 1000)
    private String homePage;

    @Column(name = "account_name", nullable = false, length = 1000)
    private String accountName;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActorLink() {
    }

    public ActorLink(String homePage, String accountName, String accountId, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.actorKey = key(homePage, accountName);
        this.homePage = homePage;
        this.accountName = accountName;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    /** The unique key of an LMS account: SHA-256 (hex) of homePage, a newline and name. */
    public static String key(String homePage, String accountName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((homePage + "\n" + accountName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String accountId() {
        return accountId;
    }

    public String homePage() {
        return homePage;
    }

    public String accountName() {
        return accountName;
    }
}
