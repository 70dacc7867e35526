package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A State, Activity Profile or Agent Profile document: any content with its content type, and the ETag clients use
 * for concurrency control, the lower-case hex SHA-1 of the content (xAPI 1.0.3 Communication 3.1.s4.b2).
 */
@Entity
@Table(name = "lrs_document",
        uniqueConstraints = @UniqueConstraint(name = "uq_lrs_doc_key", columnNames = "document_key"),
        indexes = @Index(name = "ix_lrs_doc_scope", columnList = "scope_key, updated"))
public class LrsDocument {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "scope_key", nullable = false, length = 64)
    private String scopeKey;

    @Column(name = "document_key", nullable = false, length = 64)
    private String documentKey;

    @Column(length = 36)
    private String registration;

    @Column(name = "document_id", nullable = false, length = 4000)
    private String documentId;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Lob
    @Column(nullable = false, length = 16 * 1024 * 1024)
    private byte[] content;

    @Column(nullable = false, length = 40)
    private String etag;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected LrsDocument() {
    }

    public LrsDocument(DocumentAddress address, byte[] content, String contentType, Instant updated) {
        this.id = UUID.randomUUID().toString();
        this.kind = address.kind();
        this.scopeKey = address.scopeKey();
        this.documentKey = address.documentKey();
        this.registration = address.registration();
        this.documentId = address.documentId();
        replace(content, contentType, updated);
    }

    /** New content, replacing the old entirely (PUT, or the result of a JSON merge). */
    public void replace(byte[] newContent, String newContentType, Instant at) {
        this.content = newContent.clone();
        this.contentType = newContentType;
        this.etag = sha1(newContent);
        this.updated = at;
    }

    public static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    public String documentId() {
        return documentId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String etag() {
        return etag;
    }

    public Instant updated() {
        return updated;
    }
}
