package se.kasus.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One imported state of a course's files, identified by their hash. Versions are never changed
 * after import: a learner who started on a version keeps it.
 */
@Entity
@Table(name = "course_version", uniqueConstraints = {
        @UniqueConstraint(name = "uq_cv_number", columnNames = {"course_id", "version_number"}),
        @UniqueConstraint(name = "uq_cv_hash", columnNames = {"course_id", "content_hash"})})
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_version_ids")
    @TableGenerator(name = "course_version_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "course_version", allocationSize = 10)
    private Long id;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** The validated course as JSON: a snapshot, so the version plays the same whatever the files say later. */
    @Lob
    @Column(nullable = false)
    private String snapshot;

    /** The format of {@link #snapshot}, so that a later format can convert older versions. */
    @Column(name = "snapshot_format", nullable = false)
    private int snapshotFormat;

    @Version
    private long version;

    protected CourseVersion() {
    }

    public CourseVersion(String courseId, int versionNumber, String contentHash, String title, Instant importedAt,
                         String snapshot, int snapshotFormat) {
        this.courseId = courseId;
        this.versionNumber = versionNumber;
        this.contentHash = contentHash;
        this.title = title;
        this.importedAt = importedAt;
        this.snapshot = snapshot;
        this.snapshotFormat = snapshotFormat;
    }

    public Long id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String snapshot() {
        return snapshot;
    }

    public int snapshotFormat() {
        return snapshotFormat;
    }
}
