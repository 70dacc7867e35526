package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The raw data of a statement attachment, stored once per SHA-2 hash however many statements carry it; statements
 * find it by the {@code sha2} of their attachment objects (xAPI 1.0.3 Communication 1.5.2).
 */
@Entity
@Table(name = "lrs_attachment")
public class StoredAttachment {

    @Id
    @Column(length = 128)
    private String sha2;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Column(nullable = false)
    private long length;

    @Lob
    @Column(nullable = false, length = 64 * 1024 * 1024)
    private byte[] data;

    protected StoredAttachment() {
    }

    public StoredAttachment(String sha2, String contentType, byte[] data) {
        this.sha2 = sha2;
        this.contentType = contentType;
        this.length = data.length;
        this.data = data.clone();
    }

    public String sha2() {
        return sha2;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }
}
