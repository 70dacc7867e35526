package se.kasus.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A browser session ended by a logout. The session itself is a signed cookie that no server
 * keeps, so a logout is remembered here until the cookie would have expired by itself.
 */
@Entity
@Table(name = "ended_session", indexes = @Index(name = "ix_ended_session_forget", columnList = "forget_after"))
public class EndedSession {

    @Id
    @Column(name = "session_id", length = 64)
    private String sessionId;

    @Column(name = "forget_after", nullable = false)
    private Instant forgetAfter;

    protected EndedSession() {
    }

    public EndedSession(String sessionId, Instant forgetAfter) {
        this.sessionId = sessionId;
        this.forgetAfter = forgetAfter;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant forgetAfter() {
        return forgetAfter;
    }
}
