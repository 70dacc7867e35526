package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A statement as the LRS stored it: its JSON exactly as it is returned, and the columns that queries filter and
 * page on. The sequence number orders statements by the time they were stored and is the key of the index terms.
 * Statements are immutable; only the voided flag changes, when a voiding statement arrives.
 *
 * <p>Verb, actor, object activity and registration are kept as columns for reports and ad-hoc SQL, but not indexed:
 * queries find statements through their {@link StatementTerm}s, which also hold what a statement inherits from the
 * statement it refers to, and an index more per column would slow every insert.
 */
@Entity
@Table(name = "lrs_statement",
        uniqueConstraints = @UniqueConstraint(name = "uq_lrs_stmt_id", columnNames = "statement_id"),
        indexes = {
                @Index(name = "ix_lrs_stmt_stored", columnList = "stored")})
public class StoredStatement {

    @Id
    @SequenceGenerator(name = "lrs_statement_seq", sequenceName = SEQUENCE, allocationSize = SEQUENCE_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lrs_statement_seq")
    private Long seq;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @Column(nullable = false)
    private Instant stored;

    @Column(name = "verb_key", nullable = false, length = IndexKey.LENGTH)
    private String verbKey;

    @Column(name = "actor_key", length = IndexKey.LENGTH)
    private String actorKey;

    @Column(name = "activity_key", length = IndexKey.LENGTH)
    private String activityKey;

    @Column(length = 36)
    private String registration;

    @Column(nullable = false)
    private boolean voided;

    /** The id of the statement this one voids, when its verb is voided. */
    @Column(name = "voiding_target", length = 36)
    private String voidingTarget;

    /** The id of the statement this one refers to, when its object is a StatementRef. */
    @Column(name = "ref_target", length = 36)
    private String refTarget;

    /**
     * The JSON in UTF-8. Bytes rather than characters: Derby writes a character column to its log and pages one
     * character at a time, and that was a tenth of the cost of storing a statement; bytes are copied whole.
     */
    @Column(name = "statement_utf8", length = MAX_JSON_BYTES)
    private byte[] utf8;

    /** The format of {@link #utf8}: {@link #JSON_FORMAT} for every statement so far; a later format converts older rows. */
    @Column(name = "json_format", nullable = false)
    private int jsonFormat = JSON_FORMAT;

    @Version
    private long version;

    /**
     * The database sequence that numbers statements. Each value drawn from it stands for a block of
     * {@link #SEQUENCE_BLOCK} numbers that ends with the value (as EclipseLink allocates them).
     */
    public static final String SEQUENCE = "lrs_statement_seq";
    public static final int SEQUENCE_BLOCK = 500;

    /** The format statements are stored in: the statement JSON as the LRS returns it, in UTF-8. */
    public static final int JSON_FORMAT = 1;

    /** The longest statement JSON the column takes, in bytes of UTF-8. */
    public static final int MAX_JSON_BYTES = 16 * 1024 * 1024;

    protected StoredStatement() {
    }

    public StoredStatement(String statementId, Instant stored, String verbKey, String actorKey, String activityKey,
                           String registration, String voidingTarget, String refTarget, String json) {
        this.statementId = statementId;
        this.stored = stored;
        this.verbKey = verbKey;
        this.actorKey = actorKey;
        this.activityKey = activityKey;
        this.registration = registration;
        this.voidingTarget = voidingTarget;
        this.refTarget = refTarget;
        this.utf8 = json.getBytes(StandardCharsets.UTF_8);
    }

    /** Numbers a new statement; the repository does, as it stores the statement. */
    public void assignSeq(long number) {
        if (seq != null) {
            throw new IllegalStateException("Statement " + statementId + " is numbered already: " + seq);
        }
        seq = number;
    }

    /** Voiding is final: a voided statement stays voided. */
    public void markVoided() {
        voided = true;
    }

    public boolean isVoiding() {
        return voidingTarget != null;
    }

    public Long seq() {
        return seq;
    }

    public String statementId() {
        return statementId;
    }

    public Instant stored() {
        return stored;
    }

    public boolean voided() {
        return voided;
    }

    public String voidingTarget() {
        return voidingTarget;
    }

    public String refTarget() {
        return refTarget;
    }

    public String verbKey() {
        return verbKey;
    }

    public String actorKey() {
        return actorKey;
    }

    public String activityKey() {
        return activityKey;
    }

    public String registration() {
        return registration;
    }

    public int jsonFormat() {
        return jsonFormat;
    }

    /** The JSON as stored, in UTF-8 (a copy). */
    public byte[] jsonUtf8() {
        requireKnownFormat();
        return utf8.clone();
    }

    public String json() {
        requireKnownFormat();
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private void requireKnownFormat() {
        if (jsonFormat != JSON_FORMAT) {
            throw new IllegalStateException("Statement " + statementId + " is stored in format " + jsonFormat
                    + ", which this version of Kasus cannot read (it reads format " + JSON_FORMAT + ")");
        }
    }
}
