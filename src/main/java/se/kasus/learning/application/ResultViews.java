package se.kasus.learning.application;

import java.time.Instant;
import java.util.List;
import se.kasus.learning.application.Views.CasePointsView;

/** "Mina resultat": what a learner has achieved in one enrolment, module by module. */
public final class ResultViews {

    private ResultViews() {
    }

    /** A case's best finished attempt ({@code bestScore} null before one is finished) and how often it was started. */
    public record CaseResultView(String caseId, String title, Integer bestScore, int maxScore, String bestAttemptId,
                                 int attempts) {
    }

    /** One finished quiz attempt, which the learner can reopen read-only. */
    public record QuizAttemptResultView(String quizAttemptId, int attemptNumber, Instant finishedAt, int correct, int total,
                                        int percent, boolean passed) {
    }

    public record ModuleResultView(String moduleId, String title, boolean completed, Instant completedAt,
                                   List<CaseResultView> cases, CasePointsView casePoints, int quizPassPercent,
                                   Integer bestQuizPercent, boolean quizPassed, List<QuizAttemptResultView> quizAttempts) {
    }

    public record ResultsView(String enrollmentId, String courseId, String courseTitle, boolean completed,
                              Instant completedAt, List<ModuleResultView> modules) {
    }
}
