package se.kasus.learning.domain;

import java.time.Instant;

/**
 * Something a learner did that others may want to know about: tracking turns these into xAPI
 * statements. Raised by {@link Enrollment} and published by the application layer inside the
 * same transaction as the change.
 */
public sealed interface LearningEvent {

    Where where();

    /** Who, in which enrolment and course version, and when. */
    record Where(String learner, String enrollmentId, String registration, String courseId, long courseVersionId,
                 Instant at) {
    }

    record CaseStarted(Where where, String moduleId, String caseId) implements LearningEvent {
    }

    record DecisionRecorded(Where where, String moduleId, String caseId, String stepId, String optionId, int score,
                            int maxScore, boolean best) implements LearningEvent {
    }

    record CaseFinished(Where where, String moduleId, String caseId, int score, int maxScore) implements LearningEvent {
    }

    record ReflectionAnswered(Where where, String moduleId, String caseId, String text) implements LearningEvent {
    }

    record QuizQuestionAnswered(Where where, String moduleId, String questionId, String optionId, boolean correct)
            implements LearningEvent {
    }

    record QuizFinished(Where where, String moduleId, int attemptNumber, int correct, int total, int passPercent,
                        boolean passed) implements LearningEvent {
    }

    record ModuleCompleted(Where where, String moduleId) implements LearningEvent {
    }

    record CourseCompleted(Where where) implements LearningEvent {
    }
}
