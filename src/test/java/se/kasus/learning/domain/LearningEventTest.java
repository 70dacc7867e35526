package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.learning.domain.LearningFixtures.T1;
import static se.kasus.learning.domain.LearningFixtures.T2;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.Course;

/** The events an enrolment raises, in the order things happened, each exactly once. */
class LearningEventTest {

    private final Course course = LearningFixtures.course(1);
    private final Enrollment enrollment = LearningFixtures.enrollment();

    @Test
    void startingACaseRaisesCaseStartedOnceEvenWhenStartedAgain() {
        enrollment.startCase(course, "case-01", T1);
        enrollment.startCase(course, "case-01", T2);

        assertThat(enrollment.drainEvents()).singleElement().isInstanceOfSatisfying(LearningEvent.CaseStarted.class, e -> {
            assertThat(e.caseId()).isEqualTo("case-01");
            assertThat(e.moduleId()).isEqualTo("M1");
            assertThat(e.where().registration()).isEqualTo(enrollment.registration());
            assertThat(e.where().at()).isEqualTo(T1);
        });
    }

    @Test
    void theLastDecisionRaisesTheDecisionAndThenCaseFinished() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "B", T1);
        enrollment.drainEvents();

        enrollment.decide(course, attempt.id(), "dp2", "B", T2);

        List<LearningEvent> events = enrollment.drainEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(LearningEvent.DecisionRecorded.class, e -> {
            assertThat(e.stepId()).isEqualTo("dp2");
            assertThat(e.optionId()).isEqualTo("B");
            assertThat(e.best()).isTrue();
            assertThat(e.score()).isEqualTo(e.maxScore());
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(LearningEvent.CaseFinished.class,
                e -> assertThat(e.score()).isEqualTo(e.maxScore()));
    }

    @Test
    void repeatingADecisionRaisesNothing() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "A", T1);
        enrollment.drainEvents();

        enrollment.decide(course, attempt.id(), "dp1", "A", T2);

        assertThat(enrollment.drainEvents()).isEmpty();
    }

    @Test
    void theAnswerThatPassesTheQuizAfterTheCasesCompletesTheModuleOnce() {
        finishCase("case-01");
        finishCase("case-02");
        enrollment.drainEvents();

        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(3), T2);
        enrollment.answer(course, quiz.id(), quiz.presented().get(0).questionId(), "A", T2);

        List<LearningEvent> events = enrollment.drainEvents();
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("QuizQuestionAnswered", "QuizFinished", "ModuleCompleted");
        assertThat(events.get(1)).isInstanceOfSatisfying(LearningEvent.QuizFinished.class, e -> {
            assertThat(e.passed()).isTrue();
            assertThat(e.correct()).isEqualTo(1);
        });
    }

    @Test
    void completingTheLastModuleRaisesCourseCompleted() {
        finishCase("case-01");
        finishCase("case-02");
        passQuiz("M1");
        finishCase("case-03");
        enrollment.drainEvents();

        passQuiz("M2");

        assertThat(enrollment.drainEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("QuizQuestionAnswered", "QuizFinished", "ModuleCompleted", "CourseCompleted");
    }

    @Test
    void aReflectionRaisesReflectionAnsweredWithItsText() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.drainEvents();

        enrollment.reflect(attempt.id(), "Mina tankar", T2);

        assertThat(enrollment.drainEvents()).singleElement()
                .isInstanceOfSatisfying(LearningEvent.ReflectionAnswered.class, e -> assertThat(e.text()).isEqualTo("Mina tankar"));
    }

    private void finishCase(String caseId) {
        CaseAttempt attempt = enrollment.startCase(course, caseId, T1);
        while (attempt.currentStep().isPresent()) {
            enrollment.decide(course, attempt.id(), attempt.currentStep().get(), "B", T1);
        }
    }

    private void passQuiz(String moduleId) {
        QuizAttempt quiz = enrollment.startQuiz(course, moduleId, new Random(5), T2);
        for (PresentedQuestion question : quiz.presented()) {
            enrollment.answer(course, quiz.id(), question.questionId(), "A", T2);
        }
    }
}
