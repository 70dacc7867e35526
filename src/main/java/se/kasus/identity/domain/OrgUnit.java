package se.kasus.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A part of the organisation that accounts belong to: a simple tree such as agency › department › unit,
 * so that progress can later be reported per organisation. A unit without a parent is a top level
 * (an agency or a municipality).
 */
@Entity
@Table(name = "org_unit", indexes = @Index(name = "ix_org_unit_parent", columnList = "parent_id"))
public class OrgUnit {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "parent_id", length = 36)
    private String parentId;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String name, String parentId, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.name = checkedName(name);
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an organisational unit needs a name of 1-" + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    /** Moves the unit (with everything below it) under another parent, or to the top with null. */
    public void moveUnder(String newParentId) {
        if (id.equals(newParentId)) {
            throw new IllegalArgumentException("a unit cannot be its own parent");
        }
        this.parentId = newParentId;
    }

    public String id() {
        return id;
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
