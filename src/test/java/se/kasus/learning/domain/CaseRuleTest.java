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

/**
 * The case rule of a module (issue 9): the module's cases together reach the case percent of their maximum,
 * each case counting its best finished attempt; a finished case can be replayed to raise it.
 */
class CaseRuleTest {

    private static final Instant T5 = T4.plusSeconds(300);
    private static final Instant T6 = T4.plusSeconds(600);

    private final Course course = LearningFixtures.courseWithCaseRule(70);

    private final Enrollment enrollment = LearningFixtures.enrollment();

    @Test
    void everyCaseFinishedAndTheQuizPassedIsNotEnoughBelowTheCaseRule() {
        play("case-01", T1, "C");          // 1 of 4
        play("case-02", T1, "B");          // 2 of 2
        takeQuiz("M1", 5, T2);

        ModuleProgress progress = enrollment.progress(course, m1());

        assertThat(progress.allCasesFinished()).isTrue();
        assertThat(progress.quizPassed()).isTrue();
        assertThat(progress.casePoints()).isEqualTo(3);
        assertThat(progress.caseMaxPoints()).isEqualTo(6);
        assertThat(progress.casePointsRequired()).isEqualTo(5);
        assertThat(progress.casePointsNeeded()).isEqualTo(2);
        assertThat(progress.casePointsReached()).isFalse();
        assertThat(progress.complete()).isFalse();
        assertThat(progress.completedAt()).isEmpty();
        assertThat(progress.percentDone()).isEqualTo(75);
    }

    @Test
    void aReplayThatRaisesTheBestScoreCompletesTheModuleAtTheMomentItFinished() {
        CaseAttempt first = play("case-01", T1, "C");
        play("case-02", T1, "B");
        takeQuiz("M1", 5, T2);
        enrollment.drainEvents();

        CaseAttempt replay = enrollment.replayCase(course, "case-01", T3);
        enrollment.decide(course, replay.id(), "dp1", "B", T3);
        assertThat(enrollment.progress(course, m1()).complete()).as("an unfinished replay counts nothing yet").isFalse();
        enrollment.decide(course, replay.id(), "dp2", "B", T4);

        ModuleProgress progress = enrollment.progress(course, m1());
        assertThat(replay).isNotSameAs(first);
        assertThat(replay.attemptNumber()).isEqualTo(2);
        assertThat(progress.casePoints()).isEqualTo(6);
        assertThat(progress.casePointsNeeded()).isZero();
        assertThat(progress.complete()).isTrue();
        assertThat(progress.completedAt()).hasValue(T4);
        assertThat(progress.percentDone()).isEqualTo(100);
        assertThat(enrollment.drainEvents()).filteredOn(e -> e instanceof LearningEvent.ModuleCompleted)
                .singleElement().satisfies(e -> {
                    assertThat(((LearningEvent.ModuleCompleted) e).moduleId()).isEqualTo("M1");
                    assertThat(e.where().at()).isEqualTo(T4);
                });
    }

    @Test
    void theBestAttemptCountsSoAWorseReplayChangesNothingAndRaisesNoSecondEvent() {
        play("case-01", T1, "B", "B");     // 4 of 4
        play("case-02", T1, "B");
        takeQuiz("M1", 4, T2);
        List<LearningEvent> first = enrollment.drainEvents();
        assertThat(first).filteredOn(e -> e instanceof LearningEvent.ModuleCompleted).hasSize(1);

        CaseAttempt worse = enrollment.replayCase(course, "case-01", T3);
        enrollment.decide(course, worse.id(), "dp1", "C", T3);   // 1 of 4

        ModuleProgress progress = enrollment.progress(course, m1());
        assertThat(progress.casePoints()).isEqualTo(6);
        assertThat(progress.complete()).isTrue();
        assertThat(progress.completedAt()).as("the first moment stays").hasValue(T2);
        assertThat(enrollment.bestAttempt("case-01")).hasValueSatisfying(a -> assertThat(a.attemptNumber()).isEqualTo(1));
        assertThat(enrollment.drainEvents()).noneMatch(e -> e instanceof LearningEvent.ModuleCompleted
                || e instanceof LearningEvent.CourseCompleted);
    }

    @Test
    void theCompletionInstantIsWhenTheLastConditionFirstHeldWhicheverCameLast() {
        play("case-01", T1, "B", "B");
        play("case-02", T2, "B");          // cases reach the rule at T2
        takeQuiz("M1", 3, T3);             // 60 %: not passed
        takeQuiz("M1", 4, T5);             // 80 %: passed at T5

        assertThat(enrollment.progress(course, m1()).completedAt()).hasValue(T5);
    }

    @Test
    void percentagesAreComparedExactlySoTwoThirdsDoNotPassSixtySevenPercent() {
        Course strict = LearningFixtures.courseWithCaseRule(67);
        Module module = strict.module("M1").orElseThrow();
        Enrollment e = LearningFixtures.enrollment();
        CaseAttempt a = e.startCase(strict, "case-01", T1);
        e.decide(strict, a.id(), "dp1", "A", T1);
        e.decide(strict, a.id(), "dp2", "B", T1);           // 2 of 4
        CaseAttempt b = e.startCase(strict, "case-02", T1);
        e.decide(strict, b.id(), "dp1", "B", T1);           // 2 of 2: 4 of 6 = 66.7 %

        ModuleProgress progress = e.progress(strict, module);

        assertThat(progress.casePoints()).isEqualTo(4);
        assertThat(progress.casePointsReached()).isFalse();
        assertThat(progress.casePointsRequired()).isEqualTo(5);
        assertThat(progress.casePointsNeeded()).isEqualTo(1);
    }

    @Test
    void theCourseCompletesAndRaisesCourseCompletedOnceWhenAReplayCompletesItsLastModule() {
        play("case-01", T1, "C");
        play("case-02", T1, "B");
        takeQuiz("M1", 5, T2);
        play("case-03", T2, "A");          // M2 has no case rule: 0 of 2 is fine
        takeQuiz("M2", 1, T3);
        assertThat(enrollment.completedAt()).isEmpty();
        enrollment.drainEvents();

        CaseAttempt replay = enrollment.replayCase(course, "case-01", T4);
        enrollment.decide(course, replay.id(), "dp1", "B", T4);
        enrollment.decide(course, replay.id(), "dp2", "A", T5);   // 2 of 4: 4 of 6, still below
        assertThat(enrollment.completedAt()).isEmpty();
        CaseAttempt third = enrollment.replayCase(course, "case-01", T5);
        enrollment.decide(course, third.id(), "dp1", "B", T6);
        enrollment.decide(course, third.id(), "dp2", "B", T6);

        assertThat(third.attemptNumber()).isEqualTo(3);
        assertThat(enrollment.completedAt()).hasValue(T6);
        List<LearningEvent> events = enrollment.drainEvents();
        assertThat(events).filteredOn(e -> e instanceof LearningEvent.CourseCompleted).hasSize(1);
        assertThat(events).filteredOn(e -> e instanceof LearningEvent.ModuleCompleted).hasSize(1);
    }

    @Test
    void aModuleWithoutACaseRuleStillCompletesWithZeroPoints() {
        play("case-03", T1, "A");
        takeQuiz("M2", 1, T2);

        ModuleProgress m2 = enrollment.progress(course, course.module("M2").orElseThrow());

        assertThat(m2.casePassPercent()).isZero();
        assertThat(m2.casePoints()).isZero();
        assertThat(m2.complete()).isTrue();
        assertThat(m2.completedAt()).hasValue(T2);
    }

    private Module m1() {
        return course.module("M1").orElseThrow();
    }

    private CaseAttempt play(String caseId, Instant now, String... options) {
        CaseAttempt attempt = enrollment.replayCase(course, caseId, now);
        for (String option : options) {
            enrollment.decide(course, attempt.id(), attempt.currentStep().orElseThrow(), option, now);
        }
        assertThat(attempt.finished()).isTrue();
        return attempt;
    }

    private void takeQuiz(String moduleId, int correct, Instant now) {
        QuizAttempt quiz = enrollment.startQuiz(course, moduleId, new Random(1), now);
        List<PresentedQuestion> questions = quiz.presented();
        for (int i = 0; i < questions.size(); i++) {
            enrollment.answer(course, quiz.id(), questions.get(i).questionId(), i < correct ? "A" : "B", now);
        }
    }
}
