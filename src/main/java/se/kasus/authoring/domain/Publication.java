package se.kasus.authoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/** Who published which course version from which draft, and when. Never changed once written. */
@Entity
@Table(name = "authoring_publication",
        uniqueConstraints = @UniqueConstraint(name = "uq_publication_version", columnNames = {"course_version_id"}))
public class Publication {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "draft_id", length = 36)
    private String draftId;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Publication() {
    }

    public Publication(long courseVersionId, String courseId, int versionNumber, String draftId, String publishedBy,
                       Instant publishedAt) {
        this.id = UUID.randomUUID().toString();
        this.courseVersionId = courseVersionId;
        this.courseId = courseId;
        this.versionNumber = versionNumber;
        this.draftId = draftId;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public long courseVersionId() {
        return courseVersionId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String draftId() {
        return draftId;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
