package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.learning.domain.LearningFixtures.T1;
import static se.kasus.learning.domain.LearningFixtures.T2;
import static se.kasus.learning.domain.LearningFixtures.T3;
import static se.kasus.learning.domain.LearningFixtures.T4;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;

/** When a module and the course are complete: every case finished and the best quiz attempt at the pass mark. */
class ModuleProgressTest {

    private final Course course = LearningFixtures.course();

    private final Enrollment enrollment = LearningFixtures.enrollment();

    @Test
    void aModuleIsNotCompleteWhileACaseIsUnfinishedEvenWithAPassedQuiz() {
        finishCase("case-01", T1);
        takeQuiz("M1", 5, T2);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.quizPassed()).isTrue();
        assertThat(progress.casesFinished()).isEqualTo(1);
        assertThat(progress.casesTotal()).isEqualTo(2);
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void threeOfFiveCorrectIsSixtyPercentAndFailsTheSeventyPercentPassMark() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 3, T2);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.bestQuizPercent()).hasValue(60);
        assertThat(progress.quizPassed()).isFalse();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void fourOfFiveCorrectIsEightyPercentAndCompletesTheModule() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 4, T2);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.bestQuizPercent()).hasValue(80);
        assertThat(progress.quizPassed()).isTrue();
        assertThat(progress.complete()).isTrue();
        assertThat(progress.percentDone()).isEqualTo(100);
    }

    @Test
    void theBestQuizAttemptCountsNotTheLatest() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 4, T2);
        takeQuiz("M1", 1, T3);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.bestQuizPercent()).hasValue(80);
        assertThat(progress.complete()).isTrue();
    }

    @Test
    void anUnfinishedQuizDoesNotCountTowardsTheModule() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(1), T2);
        for (String questionId : List.of("Q1.1", "Q1.2", "Q1.3", "Q1.4")) {
            enrollment.answer(course, quiz.id(), questionId, "A", T2);
        }

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.bestQuizPercent()).isEmpty();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void progressCountsFinishedCasesAndThePassedQuizAsParts() {
        finishCase("case-01", T1);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.moduleId()).isEqualTo("M1");
        assertThat(progress.quizPassPercent()).isEqualTo(70);
        assertThat(progress.percentDone()).isEqualTo(33);
    }

    @Test
    void theCourseIsCompletedWhenTheLastModuleIsCompleted() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 4, T2);
        finishCase("case-03", T3);
        assertThat(enrollment.completedAt()).isEmpty();

        takeQuiz("M2", 1, T4);

        assertThat(enrollment.courseComplete(course)).isTrue();
        assertThat(enrollment.completedAt()).hasValue(T4);
    }

    @Test
    void aCaseDecisionCanBeWhatCompletesTheCourse() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 5, T2);
        takeQuiz("M2", 1, T3);
        assertThat(enrollment.completedAt()).isEmpty();

        finishCase("case-03", T4);

        assertThat(enrollment.completedAt()).hasValue(T4);
    }

    @Test
    void theCourseIsNotCompletedWhileOneModuleFailsItsQuiz() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 3, T2);
        finishCase("case-03", T3);
        takeQuiz("M2", 1, T4);

        assertThat(enrollment.courseComplete(course)).isFalse();
        assertThat(enrollment.completedAt()).isEmpty();
    }

    @Test
    void theCompletionTimeStaysWhenTheLearnerGoesOn() {
        finishCase("case-01", T1);
        finishCase("case-02", T1);
        takeQuiz("M1", 4, T1);
        finishCase("case-03", T1);
        takeQuiz("M2", 1, T2);

        takeQuiz("M1", 5, T4);

        assertThat(enrollment.completedAt()).hasValue(T2);
    }

    private Module m1() {
        return course.module("M1").orElseThrow();
    }

    private void finishCase(String caseId, Instant now) {
        CaseAttempt attempt = enrollment.startCase(course, caseId, now);
        while (attempt.currentStep().isPresent()) {
            enrollment.decide(course, attempt.id(), attempt.currentStep().get(), "B", now);
        }
    }

    /** Takes a whole quiz attempt, answering the first {@code correct} questions right (every key is A). */
    private void takeQuiz(String moduleId, int correct, Instant now) {
        QuizAttempt quiz = enrollment.startQuiz(course, moduleId, new Random(1), now);
        List<PresentedQuestion> questions = quiz.presented();
        for (int i = 0; i < questions.size(); i++) {
            enrollment.answer(course, quiz.id(), questions.get(i).questionId(), i < correct ? "A" : "B", now);
        }
        assertThat(quiz.finished()).isTrue();
    }
}
