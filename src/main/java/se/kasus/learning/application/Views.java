package se.kasus.learning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.kasus.platform.text.SafeMarkdown;

/**
 * What the player API returns. Case scores appear only after the learner has decided; quiz answer keys only
 * once the module's quiz is passed (see {@link AnswerView}).
 */
public final class Views {

    private Views() {
    }

    public record PrincipleRef(String code, String name) {
    }

    /**
     * A legal reference as a learner sees it: the citation and, once an editor has compared it with the current law
     * text, the date of that review. The reference's status (verified, check, unverified) is for trainers only.
     */
    public record LegalReferenceView(String citation, LocalDate lastReviewed) {
    }

    public record OptionView(String id, String text) {
    }

    public record StepView(String id, int number, int of, String situation, String prompt, List<OptionView> options) {
    }

    /**
     * The {@code ...Html} components are the texts as sanitised HTML (Markdown rendered), for pages to insert.
     * {@code attempt}: in the answer to a decision, the attempt as it is after it (the next step), so that the case
     * page continues without reading the attempt again; absent in an attempt's own list of decisions and in a preview.
     */
    public record FeedbackView(String stepId, String prompt, String optionId, String optionText, int score, int maxScore,
                               boolean best, List<PrincipleRef> honoured, List<PrincipleRef> violated,
                               List<PrincipleRef> mixed, String feedback, String consequence,
                               List<LegalReferenceView> legalReferences, String nextStepId, boolean caseFinished,
                               String bestOptionId, String bestOptionText, String bestFeedback,
                               String feedbackHtml, String consequenceHtml, String bestFeedbackHtml,
                               AttemptView attempt) {

        public FeedbackView(String stepId, String prompt, String optionId, String optionText, int score, int maxScore,
                            boolean best, List<PrincipleRef> honoured, List<PrincipleRef> violated,
                            List<PrincipleRef> mixed, String feedback, String consequence,
                            List<LegalReferenceView> legalReferences, String nextStepId, boolean caseFinished,
                            String bestOptionId, String bestOptionText, String bestFeedback) {
            this(stepId, prompt, optionId, optionText, score, maxScore, best, honoured, violated, mixed, feedback,
                    consequence, legalReferences, nextStepId, caseFinished, bestOptionId, bestOptionText, bestFeedback,
                    SafeMarkdown.html(feedback), SafeMarkdown.html(consequence), SafeMarkdown.html(bestFeedback), null);
        }

        /** This feedback with the attempt as it is after the decision. */
        public FeedbackView withAttempt(AttemptView after) {
            return new FeedbackView(stepId, prompt, optionId, optionText, score, maxScore, best, honoured, violated, mixed,
                    feedback, consequence, legalReferences, nextStepId, caseFinished, bestOptionId, bestOptionText,
                    bestFeedback, feedbackHtml, consequenceHtml, bestFeedbackHtml, after);
        }
    }

    public record ReflectionView(String question, String answer, boolean answered, String privacy) {
    }

    /** {@code narrativeHtml}: the narrative as sanitised HTML (Markdown rendered), for pages to insert. */
    public record AttemptView(String attemptId, String enrollmentId, String caseId, String moduleId, String title,
                              String setting, String role, String narrative, List<PrincipleRef> principlesInFocus,
                              boolean finished, StepView currentStep, List<FeedbackView> decisions, int score,
                              int maxScore, ReflectionView reflection, int attemptNumber, String narrativeHtml) {

        public AttemptView(String attemptId, String enrollmentId, String caseId, String moduleId, String title,
                           String setting, String role, String narrative, List<PrincipleRef> principlesInFocus,
                           boolean finished, StepView currentStep, List<FeedbackView> decisions, int score,
                           int maxScore, ReflectionView reflection, int attemptNumber) {
            this(attemptId, enrollmentId, caseId, moduleId, title, setting, role, narrative, principlesInFocus, finished,
                    currentStep, decisions, score, maxScore, reflection, attemptNumber, SafeMarkdown.html(narrative));
        }
    }

    public record PathEntryView(String stepId, String prompt, String chosenOptionId, String chosenOptionText, int score,
                                String bestOptionId, String bestOptionText, int bestScore, boolean choseBest) {
    }

    public record PrincipleScoreView(String code, String name, int earned, int possible, int percent, int honoured,
                                     int violated) {
    }

    /** The end of a case; {@code legalReferences} are all the case's references, in the order the case lists them. */
    public record CaseSummaryView(String attemptId, String caseId, String title, boolean finished, int score,
                                  int maxScore, List<PathEntryView> path, List<PrincipleScoreView> principles,
                                  ReflectionView reflection, List<LegalReferenceView> legalReferences) {
    }

    /**
     * A choice in a trainer's preview: the feedback a learner gets, the case as it then stands ({@code attempt}, whose
     * ids are null: there is no attempt) and, once the case is finished, its summary (else null).
     */
    public record PreviewDecisionView(FeedbackView feedback, AttemptView attempt, CaseSummaryView summary) {
    }

    public record QuizQuestionView(String id, int number, String stem, List<OptionView> options, AnswerView answer) {
    }

    /**
     * The learner's answer. Until the module's quiz is passed ({@link QuizView#keyRevealed()} false) it says only
     * whether the answer was right: {@code correctOptionId} is null, and explanation and sources (which name the
     * right option) come only with a right answer, where they name what the learner chose.
     */
    public record AnswerView(String questionId, String optionId, boolean correct, String correctOptionId,
                             String explanation, List<LegalReferenceView> sources, String explanationHtml) {

        /** With {@code explanationHtml}, the explanation as sanitised HTML (Markdown rendered). */
        public AnswerView(String questionId, String optionId, boolean correct, String correctOptionId,
                          String explanation, List<LegalReferenceView> sources) {
            this(questionId, optionId, correct, correctOptionId, explanation, sources, SafeMarkdown.html(explanation));
        }
    }

    /**
     * One quiz attempt. {@code keyRevealed} is true once any attempt of the module's quiz in the enrolment is
     * passed: from then on every attempt, older failed ones too, shows the right options and full explanations.
     * {@code moduleNumber} is the module's place in the course (1-based), for learners who never see module ids.
     */
    public record QuizView(String quizAttemptId, String enrollmentId, String moduleId, int attemptNumber,
                           List<QuizQuestionView> questions, boolean finished, int correct, int total, Integer percent,
                           int passPercent, Boolean passed, boolean keyRevealed, String moduleTitle,
                           int moduleNumber) {
    }

    /**
     * A case in a module: {@code attemptId}, {@code status} and {@code score} are of its latest attempt (a replay
     * in progress is IN_PROGRESS); {@code bestScore} and {@code bestAttemptId} of its best finished attempt (null
     * before one is finished), which is what counts; {@code attempts} how often it was started.
     */
    public record CaseProgressView(String caseId, String title, String attemptId, String status, int score, int maxScore,
                                   Integer bestScore, String bestAttemptId, int attempts) {
    }

    public record QuizProgressView(Integer bestPercent, int passPercent, boolean passed, String openAttemptId) {
    }

    /**
     * The case rule of a module: the best scores of its cases add up to {@code points} of {@code maxPoints};
     * {@code passPercent} of the maximum ({@code requiredPoints}) passes; {@code pointsNeeded} are still missing.
     */
    public record CasePointsView(int points, int maxPoints, int passPercent, int requiredPoints, int pointsNeeded,
                                 boolean reached, boolean allCasesFinished) {
    }

    public record ModuleProgressView(String moduleId, String title, List<CaseProgressView> cases, QuizProgressView quiz,
                                     int percentDone, boolean completed, CasePointsView casePoints, Instant completedAt) {
    }

    public record ModuleSummaryView(String enrollmentId, String moduleId, String title, List<CaseProgressView> cases,
                                    QuizProgressView quiz, List<PrincipleScoreView> principles, int percentDone,
                                    boolean completed, CasePointsView casePoints, Instant completedAt) {
    }

    public record ResumeView(String caseId, String attemptId) {
    }

    /**
     * What the learner should do next: continue the case they touched last, otherwise the first
     * unfinished part of the first module that is not complete. {@code kind} is one of
     * {@link NextStepView#CONTINUE_CASE}, {@link NextStepView#START_CASE}, {@link NextStepView#CONTINUE_QUIZ},
     * {@link NextStepView#START_QUIZ}, {@link NextStepView#RETAKE_QUIZ}, {@link NextStepView#REPLAY_CASE} or
     * {@link NextStepView#COURSE_COMPLETE}; the ids that apply to the kind are set, the others are null.
     * REPLAY_CASE comes when every case of the module is finished and its quiz passed but the cases are below the
     * case rule: it names the case with the lowest best score (in per cent of its maximum) and its latest attempt.
     */
    public record NextStepView(String kind, String moduleId, String caseId, String caseTitle, String attemptId,
                               String quizAttemptId) {
        public static final String CONTINUE_CASE = "CONTINUE_CASE";
        public static final String START_CASE = "START_CASE";
        public static final String CONTINUE_QUIZ = "CONTINUE_QUIZ";
        public static final String START_QUIZ = "START_QUIZ";
        public static final String RETAKE_QUIZ = "RETAKE_QUIZ";
        public static final String COURSE_COMPLETE = "COURSE_COMPLETE";
        public static final String REPLAY_CASE = "REPLAY_CASE";
    }

    public record EnrollmentView(String enrollmentId, String courseId, String courseTitle, int courseVersion,
                                 String registration, Instant enrolledAt, boolean completed, Instant completedAt,
                                 List<ModuleProgressView> modules, ResumeView resume,
                                 NextStepView next) {
    }
}
