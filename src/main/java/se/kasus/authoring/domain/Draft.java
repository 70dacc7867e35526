package se.kasus.authoring.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import se.kasus.shared.domain.InvalidInputException;

/**
 * A course being written: its source documents by path (the course-content layout, each a JSON document), and a
 * revision that every change raises by one. A change names the revision it was made on; when the draft has moved
 * on since, nothing is changed ({@link StaleRevisionException}), so two trainers never overwrite each other
 * unseen. A draft is no course version: learners never see it until it is published.
 */
@Entity
@Table(name = "authoring_draft")
public class Draft {

    public static final int MAX_DOCUMENTS = 500;
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(nullable = false)
    private long revision;

    /** The published version number the draft started from or was last published as; null for a new course. */
    @Column(name = "based_on_version")
    private Integer basedOnVersion;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DraftDocument> documents = new ArrayList<>();

    @Version
    private long version;

    protected Draft() {
    }

    public Draft(String courseId, Integer basedOnVersion, Map<String, String> documents, String by, Instant now) {
        if (documents.size() > MAX_DOCUMENTS) {
            throw tooMany();
        }
        this.id = UUID.randomUUID().toString();
        this.courseId = courseId;
        this.basedOnVersion = basedOnVersion;
        this.revision = 1;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
        new TreeMap<>(documents).forEach((path, json) -> this.documents.add(new DraftDocument(this, new DocumentPath(path), checked(json))));
    }

    /** Fails unless the draft is at the revision the caller saw. */
    public void requireRevision(long expected) {
        if (expected != revision) {
            throw new StaleRevisionException(expected, revision);
        }
    }

    /** Adds or replaces one document. */
    public void write(DocumentPath path, String json, long expectedRevision, String by, Instant now) {
        requireRevision(expectedRevision);
        String text = checked(json);
        Optional<DraftDocument> existing = find(path);
        if (existing.isPresent()) {
            existing.get().replace(text);
        } else {
            if (documents.size() >= MAX_DOCUMENTS) {
                throw tooMany();
            }
            documents.add(new DraftDocument(this, path, text));
        }
        touch(by, now);
    }

    /** Removes one document; false (and nothing changed) when there is none at the path. */
    public boolean remove(DocumentPath path, long expectedRevision, String by, Instant now) {
        requireRevision(expectedRevision);
        Optional<DraftDocument> existing = find(path);
        if (existing.isEmpty()) {
            return false;
        }
        documents.remove(existing.get());
        touch(by, now);
        return true;
    }

    /** After a publish: the draft now builds on the version it became. */
    public void rebase(int versionNumber, String by, Instant now) {
        this.basedOnVersion = versionNumber;
        touch(by, now);
    }

    public Optional<String> document(DocumentPath path) {
        return find(path).map(DraftDocument::json);
    }

    /** Every document by path, sorted by path. */
    public SortedMap<String, String> documents() {
        SortedMap<String, String> all = new TreeMap<>();
        documents.forEach(d -> all.put(d.path(), d.json()));
        return all;
    }

    private Optional<DraftDocument> find(DocumentPath path) {
        return documents.stream().filter(d -> d.path().equals(path.value())).findFirst();
    }

    private void touch(String by, Instant now) {
        revision++;
        updatedBy = by;
        updatedAt = now;
    }

    private static String checked(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("document-empty", "Dokumentet är tomt.");
        }
        if (json.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidInputException("document-too-large", "Dokumentet är större än " + MAX_DOCUMENT_CHARS
                    + " tecken. Dela upp innehållet.");
        }
        return json;
    }

    private static InvalidInputException tooMany() {
        return new InvalidInputException("draft-too-many-documents", "Ett utkast kan ha högst " + MAX_DOCUMENTS + " dokument.");
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public long revision() {
        return revision;
    }

    public Integer basedOnVersion() {
        return basedOnVersion;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
