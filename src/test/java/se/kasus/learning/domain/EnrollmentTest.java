package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kasus.learning.domain.LearningFixtures.ENROLLED;
import static se.kasus.learning.domain.LearningFixtures.T1;
import static se.kasus.learning.domain.LearningFixtures.T2;
import static se.kasus.learning.domain.LearningFixtures.T3;
import static se.kasus.learning.domain.LearningFixtures.T4;

import org.junit.jupiter.api.Test;
import se.kasus.content.domain.Course;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/** The enrolment aggregate and its case attempts: starting, deciding, reflecting, resuming. */
class EnrollmentTest {


    private final Course course = LearningFixtures.course();

    private final Enrollment enrollment = LearningFixtures.enrollment();

    // Starting a case

    @Test
    void aNewAttemptBeginsAtTheStartStepOfTheCase() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        assertThat(attempt.caseId()).isEqualTo("case-01");
        assertThat(attempt.moduleId()).isEqualTo("M1");
        assertThat(attempt.currentStep()).hasValue("dp1");
        assertThat(attempt.decisions()).isEmpty();
        assertThat(attempt.finished()).isFalse();
        assertThat(attempt.startedAt()).isEqualTo(T1);
        assertThat(attempt.enrollment()).isSameAs(enrollment);
    }

    @Test
    void startingACaseTwiceReturnsTheSameAttempt() {
        CaseAttempt first = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, first.id(), "dp1", "A", T2);

        CaseAttempt second = enrollment.startCase(course, "case-01", T3);

        assertThat(second).isSameAs(first);
        assertThat(second.startedAt()).isEqualTo(T1);
        assertThat(second.currentStep()).hasValue("dp2");
        assertThat(enrollment.caseAttempt("case-01")).containsSame(first);
    }

    @Test
    void startingACaseTheCourseDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> enrollment.startCase(course, "case-99", T1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("case-99"));
        assertThat(enrollment.caseAttempt("case-99")).isEmpty();
    }

    // Replaying a finished case

    @Test
    void replayingAFinishedCaseStartsAFreshNumberedAttemptAndKeepsTheFirst() {
        CaseAttempt first = enrollment.startCase(course, "case-02", T1);
        enrollment.decide(course, first.id(), "dp1", "A", T2);
        enrollment.drainEvents();

        CaseAttempt replay = enrollment.replayCase(course, "case-02", T3);

        assertThat(replay).isNotSameAs(first);
        assertThat(replay.attemptNumber()).isEqualTo(2);
        assertThat(replay.currentStep()).hasValue("dp1");
        assertThat(replay.decisions()).isEmpty();
        assertThat(first.finished()).isTrue();
        assertThat(first.score()).isZero();
        assertThat(enrollment.caseAttempts("case-02")).containsExactly(first, replay);
        assertThat(enrollment.caseAttempt("case-02")).as("the latest").containsSame(replay);
        assertThat(enrollment.startCase(course, "case-02", T4)).as("start returns the latest").isSameAs(replay);
        assertThat(enrollment.resumable()).containsSame(replay);
        assertThat(enrollment.drainEvents()).singleElement().isInstanceOfSatisfying(LearningEvent.CaseStarted.class, e -> {
            assertThat(e.caseId()).isEqualTo("case-02");
            assertThat(e.attemptNumber()).isEqualTo(2);
            assertThat(e.where().at()).isEqualTo(T3);
        });
    }

    @Test
    void replayingWhileTheLatestAttemptIsOpenReturnsThatAttempt() {
        CaseAttempt first = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, first.id(), "dp1", "A", T2);

        assertThat(enrollment.replayCase(course, "case-01", T3)).isSameAs(first);
        assertThat(enrollment.caseAttempts("case-01")).hasSize(1);
    }

    @Test
    void theEventsOfAReplayCarryItsAttemptNumberAndTheBestAttemptIsTheHighestScore() {
        CaseAttempt first = enrollment.startCase(course, "case-02", T1);
        enrollment.decide(course, first.id(), "dp1", "A", T1);
        CaseAttempt replay = enrollment.replayCase(course, "case-02", T2);
        enrollment.drainEvents();

        enrollment.decide(course, replay.id(), "dp1", "B", T3);
        enrollment.reflect(replay.id(), "Andra gången.", T4);

        var events = enrollment.drainEvents();
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOfSatisfying(LearningEvent.DecisionRecorded.class,
                e -> assertThat(e.attemptNumber()).isEqualTo(2));
        assertThat(events.get(1)).isInstanceOfSatisfying(LearningEvent.CaseFinished.class,
                e -> assertThat(e.attemptNumber()).isEqualTo(2));
        assertThat(events.get(2)).isInstanceOfSatisfying(LearningEvent.ReflectionAnswered.class,
                e -> assertThat(e.attemptNumber()).isEqualTo(2));
        assertThat(enrollment.bestAttempt("case-02")).containsSame(replay);
        assertThat(first.reflection()).isEmpty();
    }

    @Test
    void replayingACaseNeverPlayedStartsItsFirstAttemptAndAnUnknownCaseIsNotFound() {
        assertThat(enrollment.replayCase(course, "case-03", T1).attemptNumber()).isEqualTo(1);
        assertThatThrownBy(() -> enrollment.replayCase(course, "case-99", T1)).isInstanceOf(NotFoundException.class);
    }

    // Deciding

    @Test
    void decidingMovesToTheNextStepOfTheChosenOption() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        DecisionOutcome outcome = enrollment.decide(course, attempt.id(), "dp1", "A", T2);

        assertThat(outcome.recorded()).isTrue();
        assertThat(outcome.point().id()).isEqualTo("dp1");
        assertThat(outcome.option().id()).isEqualTo("A");
        assertThat(attempt.currentStep()).hasValue("dp2");
        assertThat(attempt.finished()).isFalse();
        assertThat(attempt.decision("dp1")).hasValueSatisfying(d -> {
            assertThat(d.optionId()).isEqualTo("A");
            assertThat(d.score()).isZero();
            assertThat(d.decidedAt()).isEqualTo(T2);
        });
    }

    @Test
    void theLastDecisionFinishesTheCase() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "B", T2);
        assertThat(attempt.finished()).isFalse();

        enrollment.decide(course, attempt.id(), "dp2", "B", T3);

        assertThat(attempt.finished()).isTrue();
        assertThat(attempt.currentStep()).isEmpty();
        assertThat(attempt.score()).isEqualTo(4);
        assertThat(attempt.decisions()).extracting(Decision::stepId).containsExactly("dp1", "dp2");
    }

    @Test
    void anOptionThatEndsTheCaseFinishesItBeforeTheLastStep() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        enrollment.decide(course, attempt.id(), "dp1", "C", T2);

        assertThat(attempt.finished()).isTrue();
        assertThat(attempt.currentStep()).isEmpty();
        assertThat(attempt.score()).isEqualTo(1);
    }

    @Test
    void decidingTwiceWithTheSameOptionRecordsOneDecision() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "A", T2);

        DecisionOutcome repeat = enrollment.decide(course, attempt.id(), "dp1", "A", T3);

        assertThat(repeat.recorded()).isFalse();
        assertThat(repeat.option().id()).isEqualTo("A");
        assertThat(attempt.decisions()).hasSize(1);
        assertThat(attempt.decision("dp1")).hasValueSatisfying(d -> assertThat(d.decidedAt()).isEqualTo(T2));
        assertThat(attempt.currentStep()).hasValue("dp2");
    }

    @Test
    void repeatingTheFinalDecisionOfAFinishedCaseRecordsNothingNew() {
        CaseAttempt attempt = enrollment.startCase(course, "case-02", T1);
        enrollment.decide(course, attempt.id(), "dp1", "B", T2);

        DecisionOutcome repeat = enrollment.decide(course, attempt.id(), "dp1", "B", T3);

        assertThat(repeat.recorded()).isFalse();
        assertThat(attempt.decisions()).hasSize(1);
        assertThat(attempt.finished()).isTrue();
    }

    @Test
    void aDifferentOptionForAnAnsweredStepIsAConflict() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "A", T2);

        assertThatThrownBy(() -> enrollment.decide(course, attempt.id(), "dp1", "B", T3))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("step-already-answered"));
        assertThat(attempt.decision("dp1")).hasValueSatisfying(d -> assertThat(d.optionId()).isEqualTo("A"));
        assertThat(attempt.decisions()).hasSize(1);
    }

    @Test
    void anOptionNotOfferedAtTheStepBreaksARule() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        assertThatThrownBy(() -> enrollment.decide(course, attempt.id(), "dp1", "D", T2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("option-not-offered"));
        assertThat(attempt.decisions()).isEmpty();
        assertThat(attempt.currentStep()).hasValue("dp1");
    }

    @Test
    void anUnknownStepIsNotFound() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        assertThatThrownBy(() -> enrollment.decide(course, attempt.id(), "dp9", "A", T2))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("dp9"));
        assertThat(attempt.decisions()).isEmpty();
    }

    @Test
    void aStepThatIsNotCurrentIsAConflict() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);

        assertThatThrownBy(() -> enrollment.decide(course, attempt.id(), "dp2", "A", T2))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("step-not-current"));
        assertThat(attempt.decisions()).isEmpty();
    }

    @Test
    void aStepSkippedByAnOptionThatEndedTheCaseIsNotCurrent() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "C", T2);

        assertThatThrownBy(() -> enrollment.decide(course, attempt.id(), "dp2", "B", T3))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("step-not-current"));
    }

    @Test
    void anAttemptThatIsNotInTheEnrolmentIsNotFound() {
        assertThatThrownBy(() -> enrollment.decide(course, "no-such-attempt", "dp1", "A", T1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollment.caseAttemptById("no-such-attempt")).isInstanceOf(NotFoundException.class);
    }

    // Reflection and resuming

    @Test
    void aReflectionIsKeptWithTheAttemptAndCountsAsActivity() {
        CaseAttempt attempt = enrollment.startCase(course, "case-01", T1);
        enrollment.decide(course, attempt.id(), "dp1", "B", T2);

        enrollment.reflect(attempt.id(), "Jag tänkte på likabehandling.", T3);

        assertThat(attempt.reflection()).hasValue("Jag tänkte på likabehandling.");
        assertThat(attempt.lastActivity()).isEqualTo(T3);
    }

    @Test
    void continuingTakesTheLearnerToTheUnfinishedAttemptTouchedLast() {
        CaseAttempt first = enrollment.startCase(course, "case-01", T1);
        CaseAttempt second = enrollment.startCase(course, "case-03", T2);
        enrollment.decide(course, first.id(), "dp1", "A", T3);

        assertThat(enrollment.resumable()).containsSame(first);

        enrollment.decide(course, first.id(), "dp2", "B", T4);

        assertThat(enrollment.resumable()).containsSame(second);
    }

    @Test
    void aNewEnrolmentIsNotCompleteAndBelongsToItsLearner() {
        assertThat(enrollment.completedAt()).isEmpty();
        assertThat(enrollment.courseComplete(course)).isFalse();
        assertThat(enrollment.belongsTo("anna")).isTrue();
        assertThat(enrollment.belongsTo("bertil")).isFalse();
        assertThat(enrollment.registration()).isNotEqualTo(enrollment.id());
        assertThat(enrollment.enrolledAt()).isEqualTo(ENROLLED);
    }
}
