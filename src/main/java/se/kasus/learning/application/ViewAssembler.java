package se.kasus.learning.application;

import java.util.ArrayList;
import java.util.List;
import se.kasus.content.application.PublishedCourse;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.DecisionPoint;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuestionBank;
import se.kasus.learning.application.Views.AnswerView;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.CaseProgressView;
import se.kasus.learning.application.Views.CaseSummaryView;
import se.kasus.learning.application.Views.EnrollmentView;
import se.kasus.learning.application.Views.FeedbackView;
import se.kasus.learning.application.Views.LegalReferenceView;
import se.kasus.learning.application.Views.ModuleProgressView;
import se.kasus.learning.application.Views.OptionView;
import se.kasus.learning.application.Views.PathEntryView;
import se.kasus.learning.application.Views.PrincipleRef;
import se.kasus.learning.application.Views.PrincipleScoreView;
import se.kasus.learning.application.Views.QuizProgressView;
import se.kasus.learning.application.Views.QuizQuestionView;
import se.kasus.learning.application.Views.QuizView;
import se.kasus.learning.application.Views.ReflectionView;
import se.kasus.learning.application.Views.ResumeView;
import se.kasus.learning.application.Views.StepView;
import se.kasus.learning.domain.CaseAttempt;
import se.kasus.learning.domain.CaseRules;
import se.kasus.learning.domain.CaseSummary;
import se.kasus.learning.domain.Choice;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.ModuleProgress;
import se.kasus.learning.domain.PresentedQuestion;
import se.kasus.learning.domain.QuizAnswer;
import se.kasus.learning.domain.QuizAttempt;

/** Builds view records from the enrolment and the content of its course version. */
final class ViewAssembler {

    static final String REFLECTION_PRIVACY = "Ditt svar är privat. Bara du kan läsa det.";
    static final String PREVIEW_REFLECTION = "Förhandsgranskning: deltagaren skriver sitt svar här. Inget svar sparas"
            + " i förhandsgranskningen.";

    private final Course course;

    ViewAssembler(Course course) {
        this.course = course;
    }

    AttemptView attempt(CaseAttempt attempt) {
        CaseDefinition c = definition(attempt);
        StepView current = attempt.currentStep().flatMap(c::step).map(point -> step(c, point)).orElse(null);
        List<FeedbackView> decisions = attempt.decisions().stream().map(d -> feedback(c, d)).toList();
        return new AttemptView(attempt.id(), attempt.enrollment().id(), c.id(), c.module(), c.title(), c.setting(),
                c.role(), c.narrative(), refs(c.principlesInFocus()), attempt.finished(), current, decisions,
                attempt.score(), c.maxScore(), reflection(c, attempt), attempt.attemptNumber());
    }

    /** A trainer's preview at {@code position}: the attempt view without an attempt, enrolment or saved reflection. */
    AttemptView preview(CaseDefinition c, CaseRules.Position position) {
        StepView current = position.finished() ? null : c.step(position.currentStep()).map(point -> step(c, point))
                .orElse(null);
        List<FeedbackView> decisions = position.choices().stream().map(d -> feedback(c, d)).toList();
        return new AttemptView(null, null, c.id(), c.module(), c.title(), c.setting(), c.role(), c.narrative(),
                refs(c.principlesInFocus()), position.finished(), current, decisions, position.score(), c.maxScore(),
                previewReflection(c), 0);
    }

    FeedbackView feedback(CaseDefinition c, Choice decision) {
        DecisionPoint point = c.step(decision.stepId()).orElseThrow();
        CaseOption option = point.option(decision.optionId()).orElseThrow();
        List<LegalReferenceView> legal = option.legalReferences().stream()
                .map(c::legalReference).flatMap(java.util.Optional::stream).map(ViewAssembler::legal).toList();
        // After a choice that was not the best, the learner also reads which option was best and why.
        CaseOption best = option.best() ? null : point.bestOption().orElse(null);
        return new FeedbackView(point.id(), point.prompt(), option.id(), option.text(), option.score(), point.maxScore(),
                option.best(), refs(option.honours()), refs(option.violates()), refs(option.mixed()), option.feedback(),
                option.consequence(), legal, option.endsCase() ? null : option.next(), option.endsCase(),
                best == null ? null : best.id(), best == null ? null : best.text(), best == null ? null : best.feedback());
    }

    CaseSummaryView summary(CaseAttempt attempt) {
        CaseDefinition c = definition(attempt);
        return summary(attempt.id(), c, attempt.decisions(), attempt.finished(), reflection(c, attempt));
    }

    /** The end of a trainer's preview: the learner's summary, with nothing saved. */
    CaseSummaryView previewSummary(CaseDefinition c, CaseRules.Position position) {
        return summary(null, c, position.choices(), position.finished(), previewReflection(c));
    }

    private CaseSummaryView summary(String attemptId, CaseDefinition c, List<? extends Choice> choices, boolean finished,
                                    ReflectionView reflection) {
        CaseSummary summary = CaseSummary.of(c, choices);
        List<PathEntryView> path = summary.path().stream().map(e -> {
            DecisionPoint point = c.step(e.stepId()).orElseThrow();
            return new PathEntryView(e.stepId(), point.prompt(), e.chosenOptionId(), point.option(e.chosenOptionId())
                    .orElseThrow().text(), e.score(), e.bestOptionId(), point.option(e.bestOptionId()).orElseThrow().text(),
                    e.bestScore(), e.choseBest());
        }).toList();
        List<PrincipleScoreView> principles = summary.principles().stream()
                .map(p -> new PrincipleScoreView(p.code(), name(p.code()), p.earned(), p.possible(), p.percent(),
                        p.honoured(), p.violated()))
                .toList();
        return new CaseSummaryView(attemptId, c.id(), c.title(), finished, summary.score(), summary.maxScore(),
                path, principles, reflection, c.legalReferences().stream().map(ViewAssembler::legal).toList());
    }

    QuizView quiz(QuizAttempt attempt) {
        Module module = course.module(attempt.moduleId()).orElseThrow();
        QuestionBank bank = course.questionBank(module.quiz()).orElseThrow();
        boolean revealed = keyRevealed(attempt, module);
        List<QuizQuestionView> questions = new ArrayList<>();
        int number = 1;
        for (PresentedQuestion presented : attempt.presented()) {
            Question question = bank.question(presented.questionId()).orElseThrow();
            List<OptionView> options = presented.optionOrder().stream()
                    .map(id -> new OptionView(id, question.option(id).orElseThrow().text())).toList();
            AnswerView answer = attempt.answer(question.id()).map(a -> answer(question, a, revealed)).orElse(null);
            questions.add(new QuizQuestionView(question.id(), number++, question.stem(), options, answer));
        }
        boolean finished = attempt.finished();
        return new QuizView(attempt.id(), attempt.enrollment().id(), attempt.moduleId(), attempt.attemptNumber(), questions,
                finished, attempt.correctCount(), attempt.questionCount(), finished ? attempt.percent() : null,
                module.quizPassPercent(), finished ? attempt.percent() >= module.quizPassPercent() : null, revealed,
                module.title(), course.orderedModules().indexOf(module) + 1);
    }

    /** The answer as the learner may see it now, after it was recorded (so the answer that passes reveals the key). */
    AnswerView answer(QuizAttempt attempt, Question question, QuizAnswer answer) {
        return answer(question, answer, keyRevealed(attempt, course.module(attempt.moduleId()).orElseThrow()));
    }

    /** The key is the learner's once any attempt of the module's quiz in the enrolment is passed. */
    private boolean keyRevealed(QuizAttempt attempt, Module module) {
        return attempt.enrollment().progress(course, module).quizPassed();
    }

    private static AnswerView answer(Question question, QuizAnswer answer, boolean revealed) {
        if (revealed) {
            return new AnswerView(question.id(), answer.optionId(), answer.correct(), question.correct(),
                    question.explanation(), question.sources().stream().map(ViewAssembler::legal).toList());
        }
        if (answer.correct()) {
            return new AnswerView(question.id(), answer.optionId(), true, null, question.explanation(),
                    question.sources().stream().map(ViewAssembler::legal).toList());
        }
        return new AnswerView(question.id(), answer.optionId(), false, null, null, List.of());
    }

    EnrollmentView enrollment(Enrollment enrollment, PublishedCourse published) {
        List<ModuleProgressView> modules = course.orderedModules().stream().map(m -> module(enrollment, m)).toList();
        ResumeView resume = enrollment.resumable().map(a -> new ResumeView(a.caseId(), a.id())).orElse(null);
        return new EnrollmentView(enrollment.id(), course.id(), course.info().title(), published.versionNumber(),
                enrollment.registration(), enrollment.enrolledAt(), enrollment.completedAt().isPresent(),
                enrollment.completedAt().orElse(null), modules, resume, next(enrollment, modules));
    }

    /** See {@link Views.NextStepView}: the case touched last, else the first open part of the first module not complete. */
    static Views.NextStepView next(Enrollment enrollment, List<ModuleProgressView> modules) {
        var resumable = enrollment.resumable();
        if (resumable.isPresent()) {
            CaseAttempt attempt = resumable.get();
            String title = modules.stream().flatMap(m -> m.cases().stream())
                    .filter(c -> c.caseId().equals(attempt.caseId())).map(CaseProgressView::title).findFirst().orElse(null);
            return new Views.NextStepView(Views.NextStepView.CONTINUE_CASE, attempt.moduleId(), attempt.caseId(), title,
                    attempt.id(), null);
        }
        for (ModuleProgressView module : modules) {
            if (module.completed()) {
                continue;
            }
            for (CaseProgressView c : module.cases()) {
                if (!"FINISHED".equals(c.status())) {
                    return new Views.NextStepView(c.attemptId() == null ? Views.NextStepView.START_CASE
                            : Views.NextStepView.CONTINUE_CASE, module.moduleId(), c.caseId(), c.title(), c.attemptId(), null);
                }
            }
            QuizProgressView quiz = module.quiz();
            if (quiz.openAttemptId() != null) {
                return new Views.NextStepView(Views.NextStepView.CONTINUE_QUIZ, module.moduleId(), null, null, null,
                        quiz.openAttemptId());
            }
            if (!quiz.passed()) {
                return new Views.NextStepView(quiz.bestPercent() == null ? Views.NextStepView.START_QUIZ
                        : Views.NextStepView.RETAKE_QUIZ, module.moduleId(), null, null, null, null);
            }
            // Every case finished and the quiz passed, so only the case rule is missing: replay the weakest case.
            // The quiz comes first because it does not depend on case points and the module lists it after its
            // cases: one path through the module, then the one thing left.
            CaseProgressView weakest = weakestCase(module.cases());
            if (weakest != null) {
                return new Views.NextStepView(Views.NextStepView.REPLAY_CASE, module.moduleId(), weakest.caseId(),
                        weakest.title(), weakest.attemptId(), null);
            }
        }
        return new Views.NextStepView(Views.NextStepView.COURSE_COMPLETE, null, null, null, null, null);
    }

    /** The case with the lowest best score in per cent of its maximum; of equals the first. */
    private static CaseProgressView weakestCase(List<CaseProgressView> cases) {
        CaseProgressView weakest = null;
        for (CaseProgressView c : cases) {
            if (c.bestScore() == null) {
                continue;
            }
            if (weakest == null || (long) c.bestScore() * weakest.maxScore() < (long) weakest.bestScore() * c.maxScore()) {
                weakest = c;
            }
        }
        return weakest;
    }

    /** A module's cases and quiz, and the principle scores summed over its finished cases (best attempt of each). */
    Views.ModuleSummaryView moduleSummary(Enrollment enrollment, Module module) {
        ModuleProgressView progress = module(enrollment, module);
        java.util.Map<String, int[]> totals = new java.util.LinkedHashMap<>();
        for (String caseId : module.cases()) {
            enrollment.bestAttempt(caseId).ifPresent(attempt -> {
                CaseSummary summary = CaseSummary.of(definition(attempt), attempt.decisions());
                for (CaseSummary.PrincipleScore score : summary.principles()) {
                    int[] sum = totals.computeIfAbsent(score.code(), code -> new int[4]);
                    sum[0] += score.earned();
                    sum[1] += score.possible();
                    sum[2] += score.honoured();
                    sum[3] += score.violated();
                }
            });
        }
        List<PrincipleScoreView> principles = totals.entrySet().stream()
                .map(e -> new PrincipleScoreView(e.getKey(), name(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[1] == 0 ? 0 : e.getValue()[0] * 100 / e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new Views.ModuleSummaryView(enrollment.id(), module.id(), module.title(), progress.cases(), progress.quiz(),
                principles, progress.percentDone(), progress.completed(), progress.casePoints(), progress.completedAt());
    }

    ModuleProgressView module(Enrollment enrollment, Module module) {
        ModuleProgress progress = enrollment.progress(course, module);
        List<CaseProgressView> cases = module.cases().stream().map(caseId -> {
            CaseDefinition c = course.caseById(caseId).orElseThrow();
            var best = enrollment.bestAttempt(caseId);
            int attempts = enrollment.caseAttempts(caseId).size();
            return enrollment.caseAttempt(caseId)
                    .map(a -> new CaseProgressView(caseId, c.title(), a.id(), a.finished() ? "FINISHED" : "IN_PROGRESS",
                            a.score(), c.maxScore(), best.map(CaseAttempt::score).orElse(null),
                            best.map(CaseAttempt::id).orElse(null), attempts))
                    .orElse(new CaseProgressView(caseId, c.title(), null, "NOT_STARTED", 0, c.maxScore(), null, null, 0));
        }).toList();
        String open = null;
        for (QuizAttempt q : enrollment.quizAttempts()) {
            if (q.moduleId().equals(module.id()) && !q.finished()) {
                open = q.id();
            }
        }
        Integer best = progress.bestQuizPercent().isPresent() ? progress.bestQuizPercent().getAsInt() : null;
        return new ModuleProgressView(module.id(), module.title(), cases,
                new QuizProgressView(best, progress.quizPassPercent(), progress.quizPassed(), open),
                progress.percentDone(), progress.complete(), casePoints(progress), progress.completedAt().orElse(null));
    }

    static Views.CasePointsView casePoints(ModuleProgress progress) {
        return new Views.CasePointsView(progress.casePoints(), progress.caseMaxPoints(), progress.casePassPercent(),
                progress.casePointsRequired(), progress.casePointsNeeded(), progress.casePointsReached(),
                progress.allCasesFinished());
    }

    private StepView step(CaseDefinition c, DecisionPoint point) {
        List<OptionView> options = point.options().stream().map(o -> new OptionView(o.id(), o.text())).toList();
        return new StepView(point.id(), c.steps().indexOf(point) + 1, c.steps().size(), point.situation(), point.prompt(),
                options);
    }

    private ReflectionView reflection(CaseDefinition c, CaseAttempt attempt) {
        return new ReflectionView(c.reflection(), attempt.reflection().orElse(null), attempt.reflection().isPresent(),
                REFLECTION_PRIVACY);
    }

    private static ReflectionView previewReflection(CaseDefinition c) {
        return new ReflectionView(c.reflection(), null, false, PREVIEW_REFLECTION);
    }

    private CaseDefinition definition(CaseAttempt attempt) {
        return course.caseById(attempt.caseId()).orElseThrow();
    }

    private List<PrincipleRef> refs(List<String> codes) {
        return codes.stream().map(code -> new PrincipleRef(code, name(code))).toList();
    }

    private String name(String code) {
        return course.principle(code).map(p -> p.name()).orElse(code);
    }

    private static LegalReferenceView legal(LegalReference reference) {
        return new LegalReferenceView(reference.citation(), reference.lastReviewed());
    }
}
