package se.kasus.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The option a learner chose at a decision point. Recorded once, never changed. */
@Embeddable
public class Decision implements Choice {

    @Column(name = "step_id", nullable = false, length = 10)
    private String stepId;

    @Column(name = "option_id", nullable = false, length = 4)
    private String optionId;

    @Column(nullable = false)
    private int score;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(String stepId, String optionId, int score, Instant decidedAt) {
        this.stepId = stepId;
        this.optionId = optionId;
        this.score = score;
        this.decidedAt = decidedAt;
    }

    @Override
    public String stepId() {
        return stepId;
    }

    @Override
    public String optionId() {
        return optionId;
    }

    @Override
    public int score() {
        return score;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
