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

    /** {@code attemptNumber}: which play of the case (1, then 2 for the first replay …), in every case event. */
    record CaseStarted(Where where, String moduleId, String caseId, int attemptNumber) implements LearningEvent {
        public CaseStarted(Where where, String moduleId, String caseId) {
            this(where, moduleId, caseId, 1);
        }
    }

    record DecisionRecorded(Where where, String moduleId, String caseId, String stepId, String optionId, int score,
                            int maxScore, boolean best, int attemptNumber) implements LearningEvent {
        public DecisionRecorded(Where where, String moduleId, String caseId, String stepId, String optionId, int score,
                                int maxScore, boolean best) {
            this(where, moduleId, caseId, stepId, optionId, score, maxScore, best, 1);
        }
    }

    record CaseFinished(Where where, String moduleId, String caseId, int score, int maxScore, int attemptNumber)
            implements LearningEvent {
        public CaseFinished(Where where, String moduleId, String caseId, int score, int maxScore) {
            this(where, moduleId, caseId, score, maxScore, 1);
        }
    }

    record ReflectionAnswered(Where where, String moduleId, String caseId, String text, int attemptNumber)
            implements LearningEvent {
        public ReflectionAnswered(Where where, String moduleId, String caseId, String text) {
            this(where, moduleId, caseId, text, 1);
        }
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
