package se.kasus.learning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.kasus.content.domain.LegalStatus;

/** What the player API returns. Answer keys and scores appear only after the learner has answered. */
public final class Views {

    private Views() {
    }

    public record PrincipleRef(String code, String name) {
    }

    public record LegalReferenceView(String citation, LegalStatus status, LocalDate lastReviewed) {
    }

    public record OptionView(String id, String text) {
    }

    public record StepView(String id, int number, int of, String situation, String prompt, List<OptionView> options) {
    }

    public record FeedbackView(String stepId, String prompt, String optionId, String optionText, int score, int maxScore,
                               boolean best, List<PrincipleRef> honoured, List<PrincipleRef> violated,
                               List<PrincipleRef> mixed, String feedback, String consequence,
                               List<LegalReferenceView> legalReferences, String nextStepId, boolean caseFinished,
                               String bestOptionId, String bestOptionText, String bestFeedback) {
    }

    public record ReflectionView(String question, String answer, boolean answered, String privacy) {
    }

    public record AttemptView(String attemptId, String enrollmentId, String caseId, String moduleId, String title,
                              String setting, String role, String narrative, List<PrincipleRef> principlesInFocus,
                              boolean finished, StepView currentStep, List<FeedbackView> decisions, int score,
                              int maxScore, ReflectionView reflection) {
    }

    public record PathEntryView(String stepId, String prompt, String chosenOptionId, String chosenOptionText, int score,
                                String bestOptionId, String bestOptionText, int bestScore, boolean choseBest) {
    }

    public record PrincipleScoreView(String code, String name, int earned, int possible, int percent, int honoured,
                                     int violated) {
    }

    public record CaseSummaryView(String attemptId, String caseId, String title, boolean finished, int score,
                                  int maxScore, List<PathEntryView> path, List<PrincipleScoreView> principles,
                                  ReflectionView reflection) {
    }

    public record QuizQuestionView(String id, int number, String stem, List<OptionView> options, AnswerView answer) {
    }

    public record AnswerView(String questionId, String optionId, boolean correct, String correctOptionId,
                             String explanation, List<LegalReferenceView> sources) {
    }

    public record QuizView(String quizAttemptId, String enrollmentId, String moduleId, int attemptNumber,
                           List<QuizQuestionView> questions, boolean finished, int correct, int total, Integer percent,
                           int passPercent, Boolean passed) {
    }

    public record CaseProgressView(String caseId, String title, String attemptId, String status, int score, int maxScore) {
    }

    public record QuizProgressView(Integer bestPercent, int passPercent, boolean passed, String openAttemptId) {
    }

    public record ModuleProgressView(String moduleId, String title, List<CaseProgressView> cases, QuizProgressView quiz,
                                     int percentDone, boolean completed) {
    }

    public record ModuleSummaryView(String enrollmentId, String moduleId, String title, List<CaseProgressView> cases,
                                    QuizProgressView quiz, List<PrincipleScoreView> principles, int percentDone,
                                    boolean completed) {
    }

    public record ResumeView(String caseId, String attemptId) {
    }

    /**
     * What the learner should do next: continue the case they touched last, otherwise the first
     * unfinished part of the first module that is not complete. {@code kind} is one of
     * {@link NextStepView#CONTINUE_CASE}, {@link NextStepView#START_CASE}, {@link NextStepView#CONTINUE_QUIZ},
     * {@link NextStepView#START_QUIZ}, {@link NextStepView#RETAKE_QUIZ} or {@link NextStepView#COURSE_COMPLETE};
     * the ids that apply to the kind are set, the others are null.
     */
    public record NextStepView(String kind, String moduleId, String caseId, String caseTitle, String attemptId,
                               String quizAttemptId) {
        public static final String CONTINUE_CASE = "CONTINUE_CASE";
        public static final String START_CASE = "START_CASE";
        public static final String CONTINUE_QUIZ = "CONTINUE_QUIZ";
        public static final String START_QUIZ = "START_QUIZ";
        public static final String RETAKE_QUIZ = "RETAKE_QUIZ";
        public static final String COURSE_COMPLETE = "COURSE_COMPLETE";
    }

    public record EnrollmentView(String enrollmentId, String courseId, String courseTitle, int courseVersion,
                                 String registration, Instant enrolledAt, boolean completed, Instant completedAt,
                                 List<ModuleProgressView> modules, ResumeView resume,
                                 NextStepView next) {
    }
}
