package se.kasus.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A question as this attempt shows it: its options in a shuffled order, kept so a reload shows the same. */
@Embeddable
public class PresentedQuestion {

    @Column(name = "question_id", nullable = false, length = 10)
    private String questionId;

    /** Option ids in display order, comma-separated. */
    @Column(name = "option_order", nullable = false, length = 40)
    private String optionOrder;

    protected PresentedQuestion() {
    }

    PresentedQuestion(String questionId, List<String> optionOrder) {
        this.questionId = questionId;
        this.optionOrder = String.join(",", optionOrder);
    }

    public String questionId() {
        return questionId;
    }

    public List<String> optionOrder() {
        return Arrays.asList(optionOrder.split(","));
    }
}
