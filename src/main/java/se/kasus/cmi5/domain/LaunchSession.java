package se.kasus.cmi5.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One AU launch from an LMS: what the launch URL and LMS.LaunchData said, the Kasus account and the course, module
 * and case (null for the module quiz) it plays, and how far it has come. The auth token is the LMS's secret for
 * this session: it only goes to the LMS's own LRS, never to the browser, a log or {@link #toString()}.
 */
@Entity
@Table(name = "cmi5_launch_session")
public class LaunchSession {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String registration;

    @Column(name = "session_id", nullable = false, length = 200)
    private String sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_mode", nullable = false, length = 10)
    private LaunchMode launchMode;

    /** The masteryScore as the decimal text the LMS wrote, or null. */
    @Column(name = "mastery_score", length = 32)
    private String masteryScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "move_on", length = 20)
    private MoveOn moveOn;

    @Column(name = "activity_id", nullable = false, length = 1000)
    private String activityId;

    @Column(name = "publisher_id", nullable = false, length = 1000)
    private String publisherId;

    @Column(nullable = false, length = 1000)
    private String endpoint;

    @Column(name = "auth_token", nullable = false, length = 1000)
    private String authToken;

    @Column(name = "return_url", length = 2000)
    private String returnUrl;

    @Lob
    @Column(name = "actor_json", nullable = false)
    private String actorJson;

    @Lob
    @Column(name = "context_template", nullable = false)
    private String contextTemplate;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "case_id", length = 64)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LaunchState state;

    /** The completed, passed or failed statement sent in this session, kept after termination. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private LaunchState outcome;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Version
    private long version;

    protected LaunchSession() {
    }

    /** A started session; {@code unit} names what it plays, {@code caseId} null for the module quiz. */
    public LaunchSession(LaunchContext context, String endpoint, String authToken, String returnUrl, String actorJson,
            String contextTemplateJson, String accountId, String courseId, String moduleId, String caseId,
            Instant startedAt) {
        this.id = UUID.randomUUID().toString();
        this.registration = context.registration().toString();
        this.sessionId = context.sessionId();
        this.launchMode = context.launchMode();
        this.masteryScore = context.masteryScore() == null ? null : context.masteryScore().toString();
        this.moveOn = context.moveOn();
        this.activityId = context.activityId();
        this.publisherId = context.publisherId();
        this.endpoint = endpoint;
        this.authToken = authToken;
        this.returnUrl = returnUrl;
        this.actorJson = actorJson;
        this.contextTemplate = contextTemplateJson;
        this.accountId = accountId;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.caseId = caseId;
        this.state = LaunchState.STARTED;
        this.startedAt = startedAt;
    }

    /** Whether statements may still go to the LMS for this session (not yet terminated). */
    public boolean isOpen() {
        return state != LaunchState.TERMINATED;
    }

    /** Records the completed, passed or failed statement of the AU's moveOn. */
    public void judged(LaunchState outcome, Instant at) {
        if (outcome == LaunchState.STARTED || outcome == LaunchState.TERMINATED) {
            throw new IllegalArgumentException("not a judgement: " + outcome);
        }
        this.state = outcome;
        this.outcome = outcome;
        completedAt = at;
    }

    public void terminate(Instant at) {
        state = LaunchState.TERMINATED;
        terminatedAt = at;
    }

    public String id() {
        return id;
    }

    public String registration() {
        return registration;
    }

    public String sessionId() {
        return sessionId;
    }

    public LaunchMode launchMode() {
        return launchMode;
    }

    public Double masteryScore() {
        return masteryScore == null ? null : Double.valueOf(masteryScore);
    }

    public MoveOn moveOn() {
        return moveOn;
    }

    public String activityId() {
        return activityId;
    }

    public String publisherId() {
        return publisherId;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The LMS's auth token: for the Authorization header to the LMS's LRS only. */
    public String authToken() {
        return authToken;
    }

    public Optional<String> returnUrl() {
        return Optional.ofNullable(returnUrl);
    }

    public String actorJson() {
        return actorJson;
    }

    public String contextTemplateJson() {
        return contextTemplate;
    }

    public String accountId() {
        return accountId;
    }

    public String courseId() {
        return courseId;
    }

    public String moduleId() {
        return moduleId;
    }

    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    public LaunchState state() {
        return state;
    }

    public Optional<LaunchState> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public String toString() {
        return "LaunchSession[" + id + ", registration=" + registration + ", " + launchMode + ", " + state
                + ", token=***]";
    }
}
