package se.kasus.learning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.Course;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.PreviewDecisionView;
import se.kasus.learning.domain.CaseRules.Pick;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;

/** A trainer's preview of case-01 (dp1: A → dp2, B best → dp2, C → end; dp2: A, B best → end), stored nowhere. */
class CasePreviewTest {

    private final Course course = ContentFixtures.validCourse();
    private final CasePreview preview = CasePreview.of(course, "case-01");

    @Test
    void theStartShowsTheStoryAndTheFirstStepWithoutAnAttempt() {
        AttemptView start = preview.start();

        assertThat(start.attemptId()).isNull();
        assertThat(start.enrollmentId()).isNull();
        assertThat(start.caseId()).isEqualTo("case-01");
        assertThat(start.finished()).isFalse();
        assertThat(start.currentStep().id()).isEqualTo("dp1");
        assertThat(start.currentStep().number()).isEqualTo(1);
        assertThat(start.currentStep().of()).isEqualTo(2);
        assertThat(start.currentStep().options()).extracting(Views.OptionView::id).containsExactly("A", "B", "C");
        assertThat(start.decisions()).isEmpty();
        assertThat(start.maxScore()).isEqualTo(4);
        assertThat(start.reflection().answered()).isFalse();
        assertThat(start.reflection().privacy()).contains("Inget svar sparas");
    }

    @Test
    void aChoiceAnswersTheLearnersFeedbackAndTheNextStep() {
        PreviewDecisionView first = preview.decide(List.of(), "dp1", "A");

        assertThat(first.feedback().stepId()).isEqualTo("dp1");
        assertThat(first.feedback().score()).isZero();
        assertThat(first.feedback().best()).isFalse();
        assertThat(first.feedback().bestOptionId()).isEqualTo("B");
        assertThat(first.feedback().nextStepId()).isEqualTo("dp2");
        assertThat(first.feedback().caseFinished()).isFalse();
        assertThat(first.feedback().violated()).extracting(Views.PrincipleRef::code).containsExactly("P-ID");
        assertThat(first.attempt().currentStep().id()).isEqualTo("dp2");
        assertThat(first.attempt().decisions()).extracting(Views.FeedbackView::optionId).containsExactly("A");
        assertThat(first.summary()).isNull();
    }

    @Test
    void theLastChoiceFinishesTheCaseWithTheLearnersSummary() {
        PreviewDecisionView last = preview.decide(List.of(new Pick("dp1", "A")), "dp2", "B");

        assertThat(last.feedback().caseFinished()).isTrue();
        assertThat(last.feedback().nextStepId()).isNull();
        assertThat(last.attempt().finished()).isTrue();
        assertThat(last.attempt().currentStep()).isNull();
        assertThat(last.attempt().score()).isEqualTo(2);
        assertThat(last.summary().finished()).isTrue();
        assertThat(last.summary().score()).isEqualTo(2);
        assertThat(last.summary().maxScore()).isEqualTo(4);
        assertThat(last.summary().attemptId()).isNull();
        assertThat(last.summary().path()).extracting(Views.PathEntryView::chosenOptionId).containsExactly("A", "B");
        assertThat(last.summary().path()).extracting(Views.PathEntryView::choseBest).containsExactly(false, true);
        assertThat(last.summary().principles()).isNotEmpty();
    }

    @Test
    void repeatingAChoiceAnswersItsFeedbackAgainAndADifferentOneIsAConflict() {
        PreviewDecisionView again = preview.decide(List.of(new Pick("dp1", "B")), "dp1", "B");

        assertThat(again.feedback().optionId()).isEqualTo("B");
        assertThat(again.attempt().decisions()).hasSize(1);
        assertThat(again.attempt().currentStep().id()).isEqualTo("dp2");
        assertThatThrownBy(() -> preview.decide(List.of(new Pick("dp1", "B")), "dp1", "C"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("step-already-answered"));
        assertThatThrownBy(() -> preview.decide(List.of(), "dp2", "B"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("step-not-current"));
    }

    @Test
    void aCaseTheCourseDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> CasePreview.of(course, "case-99")).isInstanceOf(NotFoundException.class);
    }
}
