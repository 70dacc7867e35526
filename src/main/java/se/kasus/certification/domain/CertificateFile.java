package se.kasus.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The sealed PDF and the signed credential of a certificate, made once at the first download and
 * kept, so every later download is the same bytes (an archive compares them). Apart from the
 * certificate so that lists never load them.
 */
@Entity
@Table(name = "certificate_file")
public class CertificateFile {

    @Id
    @Column(name = "certificate_id", length = 36)
    private String certificateId;

    @Lob
    @Column(length = 16 * 1024 * 1024)
    private byte[] pdf;

    @Lob
    @Column(length = 1024 * 1024)
    private String credential;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected CertificateFile() {
    }

    public CertificateFile(String certificateId, Instant madeAt) {
        this.certificateId = certificateId;
        this.madeAt = madeAt;
    }

    public String certificateId() { return certificateId; }
    public Optional<byte[]> pdf() { return Optional.ofNullable(pdf); }
    public Optional<String> credential() { return Optional.ofNullable(credential); }

    public void keepPdf(byte[] sealed) {
        if (pdf == null) {
            pdf = sealed.clone();
        }
    }

    public void keepCredential(String jwt) {
        if (credential == null) {
            credential = jwt;
        }
    }
}
