package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A State, Activity Profile or Agent Profile document: opaque bytes with a content type and an ETag. */
@Entity
@Table(name = "lrs_document",
        uniqueConstraints = @UniqueConstraint(name = "uq_lrs_document", columnNames = {"scope_key", "document_id"}))
public class LrsDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "lrs_document_ids")
    @TableGenerator(name = "lrs_document_ids", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "lrs_document", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "scope_key", nullable = false, length = 64)
    private String scopeKey;

    @Column(name = "document_id", nullable = false, length = 500)
    private String documentId;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 40)
    private String sha1;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected LrsDocument() {
    }

    public LrsDocument(DocumentAddress address, String contentType, byte[] content, Instant now) {
        this.kind = address.kind();
        this.scopeKey = address.scopeKey();
        this.documentId = address.documentId();
        replace(contentType, content, now);
    }

    public final void replace(String newContentType, byte[] newContent, Instant now) {
        this.contentType = newContentType;
        this.content = newContent.clone();
        this.sha1 = sha1(newContent);
        this.updated = now;
    }

    /** The entity tag: the SHA-1 of the content, quoted, as the specification asks (Communication 3.1). */
    public String etag() {
        return "\"" + sha1 + "\"";
    }

    public boolean isJson() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
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

    public Instant updated() {
        return updated;
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
