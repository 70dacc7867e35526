package se.kasus.authoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.UUID;

/** One source document of a {@link Draft}: its path in the course folder and its JSON text. */
@Entity
@Table(name = "authoring_draft_document",
        uniqueConstraints = @UniqueConstraint(name = "uq_draft_document_path", columnNames = {"draft_id", "path"}))
public class DraftDocument {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private Draft draft;

    @Column(nullable = false, length = 200)
    private String path;

    @Lob
    @Column(nullable = false)
    private String json;

    protected DraftDocument() {
    }

    DraftDocument(Draft draft, DocumentPath path, String json) {
        this.id = UUID.randomUUID().toString();
        this.draft = draft;
        this.path = path.value();
        this.json = json;
    }

    void replace(String json) {
        this.json = json;
    }

    String path() {
        return path;
    }

    String json() {
        return json;
    }
}
