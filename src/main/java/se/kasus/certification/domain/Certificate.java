package se.kasus.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.kasus.shared.domain.ConflictException;

/**
 * One issued completion certificate. What it certifies is fixed at issue (the learner's name as it
 * was, the course title and version, the dates, the issuer); only its revocation changes later. A
 * wrong certificate is revoked and a new one issued with the next {@link #issueNumber()}, so the
 * first one stays verifiable as revoked.
 */
@Entity
@Table(name = "certificate",
        uniqueConstraints = {
                @UniqueConstraint(name = "uq_certificate_code", columnNames = "code"),
                @UniqueConstraint(name = "uq_certificate_issue", columnNames = {"enrollment_id", "issue_number"})},
        indexes = {
                @Index(name = "ix_certificate_learner", columnList = "learner"),
                @Index(name = "ix_certificate_issued", columnList = "issued_at")})
public class Certificate {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "enrollment_id", nullable = false, length = 36)
    private String enrollmentId;

    @Column(name = "issue_number", nullable = false)
    private int issueNumber;

    @Column(nullable = false, length = 64)
    private String learner;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Column(name = "org_unit_id", length = 36)
    private String orgUnitId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "course_title", nullable = false, length = 300)
    private String courseTitle;

    @Column(name = "course_version", nullable = false, length = 32)
    private String courseVersion;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "study_minutes", nullable = false)
    private int studyMinutes;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issuer_name", nullable = false, length = 200)
    private String issuerName;

    @Column(name = "signatory_title", length = 200)
    private String signatoryTitle;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason", length = 32)
    private RevocationReason revocationReason;

    @Column(name = "revocation_note", length = 500)
    private String revocationNote;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "replaced_by", length = 36)
    private String replacedBy;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(Facts facts, int issueNumber, VerificationCode code, Instant issuedAt) {
        if (issueNumber < 1) {
            throw new IllegalArgumentException("issue numbers start at 1");
        }
        this.id = UUID.randomUUID().toString();
        this.code = code.value();
        this.enrollmentId = facts.enrollmentId();
        this.issueNumber = issueNumber;
        this.learner = facts.learner();
        this.learnerName = cut(facts.learnerName(), 200);
        this.orgUnitId = facts.orgUnitId();
        this.courseId = facts.courseId();
        this.courseTitle = cut(facts.courseTitle(), 300);
        this.courseVersion = facts.courseVersion();
        this.courseVersionId = facts.courseVersionId();
        this.completedAt = facts.completedAt();
        this.studyMinutes = facts.studyMinutes();
        this.issuedAt = issuedAt;
        this.issuerName = cut(facts.issuerName(), 200);
        this.signatoryTitle = cut(facts.signatoryTitle(), 200);
    }

    /** What a certificate certifies, gathered at issue. */
    public record Facts(String enrollmentId, String learner, String learnerName, String orgUnitId, String courseId,
                        String courseTitle, String courseVersion, long courseVersionId, Instant completedAt,
                        int studyMinutes, String issuerName, String signatoryTitle) {
        public Facts {
            Objects.requireNonNull(enrollmentId);
            Objects.requireNonNull(learner);
            Objects.requireNonNull(learnerName);
            Objects.requireNonNull(courseId);
            Objects.requireNonNull(courseTitle);
            Objects.requireNonNull(courseVersion);
            Objects.requireNonNull(completedAt);
            Objects.requireNonNull(issuerName);
        }

        public Facts withLearnerName(String name) {
            return new Facts(enrollmentId, learner, name, orgUnitId, courseId, courseTitle, courseVersion, courseVersionId,
                    completedAt, studyMinutes, issuerName, signatoryTitle);
        }
    }

    /** The same facts, for a re-issue; the name may be corrected. */
    public Facts facts() {
        return new Facts(enrollmentId, learner, learnerName, orgUnitId, courseId, courseTitle, courseVersion,
                courseVersionId, completedAt, studyMinutes, issuerName, signatoryTitle);
    }

    public void revoke(RevocationReason reason, String note, String by, Instant at) {
        if (revokedAt != null) {
            throw new ConflictException("certificate-revoked", "Intyget är redan återkallat.");
        }
        this.revokedAt = Objects.requireNonNull(at);
        this.revocationReason = Objects.requireNonNull(reason);
        this.revocationNote = note == null || note.isBlank() ? null : cut(note.strip(), 500);
        this.revokedBy = by;
    }

    public void replaceBy(Certificate next, RevocationReason reason, String note, String by, Instant at) {
        revoke(reason, note, by, at);
        this.replacedBy = next.id();
    }

    /** A certificate revoked earlier gets its successor now. */
    public void markReplacedBy(Certificate next) {
        if (replacedBy != null) {
            throw new ConflictException("certificate-replaced", "Intyget har redan ersatts av ett nytt.");
        }
        this.replacedBy = next.id();
    }

    public boolean belongsTo(String username) {
        return learner.equals(username);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String id() { return id; }
    public VerificationCode code() { return new VerificationCode(code); }
    public String enrollmentId() { return enrollmentId; }
    public int issueNumber() { return issueNumber; }
    public String learner() { return learner; }
    public String learnerName() { return learnerName; }
    public Optional<String> orgUnitId() { return Optional.ofNullable(orgUnitId); }
    public String courseId() { return courseId; }
    public String courseTitle() { return courseTitle; }
    public String courseVersion() { return courseVersion; }
    public long courseVersionId() { return courseVersionId; }
    public Instant completedAt() { return completedAt; }
    public int studyMinutes() { return studyMinutes; }
    public Instant issuedAt() { return issuedAt; }
    public String issuerName() { return issuerName; }
    public Optional<String> signatoryTitle() { return Optional.ofNullable(signatoryTitle); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public Optional<RevocationReason> revocationReason() { return Optional.ofNullable(revocationReason); }
    public Optional<String> revocationNote() { return Optional.ofNullable(revocationNote); }
    public Optional<String> revokedBy() { return Optional.ofNullable(revokedBy); }
    public Optional<String> replacedBy() { return Optional.ofNullable(replacedBy); }
}
