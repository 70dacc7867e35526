package se.kasus.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person who can log in. The password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "account", uniqueConstraints = @UniqueConstraint(name = "uq_account_name", columnNames = "username"))
public class Account {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Optional; used only when xAPI statements are configured to identify learners by e-mail. */
    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    /** 1 = may log in. An integer so that the identity store's SQL is the same on Derby and PostgreSQL. */
    @Column(nullable = false)
    private int active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The organisational unit (identity.domain.OrgUnit) the person belongs to; none until an admin places them. */
    @Column(name = "org_unit_id", length = 36)
    private String orgUnitId;

    /** Set with a temporary or generated password: the next login must choose a new one before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Sessions that logged in before this point no longer count (deactivation, password reset). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(Username username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.id = UUID.randomUUID().toString();
        this.username = username.value();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.active = 1;
        this.createdAt = createdAt;
    }

    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active == 1;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    /** The stored PBKDF2 hash, for the identity store to verify a password against. */
    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public java.util.Optional<String> orgUnitId() {
        return java.util.Optional.ofNullable(orgUnitId);
    }

    public void placeIn(String newOrgUnitId) {
        this.orgUnitId = newOrgUnitId;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("a display name is needed");
        }
        this.displayName = newDisplayName.strip();
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether a session that logged in at {@code loginAt} (millisecond precision) still counts. */
    public boolean acceptsSessionFrom(Instant loginAt) {
        return isActive() && (sessionsValidFrom == null
                || !loginAt.isBefore(sessionsValidFrom.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    public java.util.Optional<Instant> lastLoginAt() {
        return java.util.Optional.ofNullable(lastLoginAt);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    /** Deactivated accounts cannot log in, and their open sessions end at once. */
    public void deactivate(Instant at) {
        this.active = 0;
        this.sessionsValidFrom = at;
    }

    public void reactivate() {
        this.active = 1;
    }

    /** An admin sets a password the person must replace at the next login; sessions opened before end now. */
    public void setTemporaryPassword(String newPasswordHash, Instant at) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = true;
        this.sessionsValidFrom = at;
    }

    /** A generated password (the first administrator's) that must be replaced at the first login. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The person chose a new password themselves. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    /**
     * The person chose a new password themselves: sessions that logged in before {@code at} end, so a session
     * someone else may have opened with the old password does not outlive the change.
     */
    public void changePassword(String newPasswordHash, Instant at) {
        changePassword(newPasswordHash);
        this.sessionsValidFrom = at;
    }

}
