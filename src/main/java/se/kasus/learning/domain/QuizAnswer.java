package se.kasus.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

@Embeddable
public class QuizAnswer {

    @Column(name = "question_id", nullable = false, length = 10)
    private String questionId;

    @Column(name = "option_id", nullable = false, length = 4)
    private String optionId;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected QuizAnswer() {
    }

    QuizAnswer(String questionId, String optionId, boolean correct, Instant answeredAt) {
        this.questionId = questionId;
        this.optionId = optionId;
        this.correct = correct;
        this.answeredAt = answeredAt;
    }

    public String questionId() {
        return questionId;
    }

    public String optionId() {
        return optionId;
    }

    public boolean correct() {
        return correct;
    }
}
