package se.kasus.tracking.lrs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The LRS's canonical definition of an activity: the latest definition a statement carried. Returned by the
 * Activities Resource and in statements fetched with {@code format=canonical}.
 */
@Entity
@Table(name = "lrs_activity")
public class CanonicalActivity {

    @Id
    @Column(name = "activity_key", length = IndexKey.LENGTH)
    private String activityKey;

    /** The Activity object as JSON, with its id and definition. */
    @Lob
    @Column(name = "activity_json", nullable = false, length = 1024 * 1024)
    private String json;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected CanonicalActivity() {
    }

    public CanonicalActivity(String activityId, String json, Instant updated) {
        this.activityKey = IndexKey.of(activityId);
        this.json = json;
        this.updated = updated;
    }

    public void redefine(String newJson, Instant at) {
        this.json = newJson;
        this.updated = at;
    }

    public String json() {
        return json;
    }
}
