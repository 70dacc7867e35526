package se.kasus.learning.application;

import java.util.Comparator;
import java.util.List;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;
import se.kasus.learning.application.ResultViews.CaseResultView;
import se.kasus.learning.application.ResultViews.ModuleResultView;
import se.kasus.learning.application.ResultViews.QuizAttemptResultView;
import se.kasus.learning.application.ResultViews.ResultsView;
import se.kasus.learning.application.Views.ModuleProgressView;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.QuizAttempt;

/** Builds {@link ResultsView} from an enrolment and its course version. */
final class ResultsAssembler {

    private final Course course;

    ResultsAssembler(Course course) {
        this.course = course;
    }

    ResultsView results(Enrollment enrollment) {
        ViewAssembler views = new ViewAssembler(course);
        List<ModuleResultView> modules = course.orderedModules().stream()
                .map(m -> module(enrollment, m, views.module(enrollment, m))).toList();
        return new ResultsView(enrollment.id(), course.id(), course.info().title(), enrollment.completedAt().isPresent(),
                enrollment.completedAt().orElse(null), modules);
    }

    private ModuleResultView module(Enrollment enrollment, Module module, ModuleProgressView progress) {
        List<CaseResultView> cases = progress.cases().stream()
                .map(c -> new CaseResultView(c.caseId(), c.title(), c.bestScore(), c.maxScore(), c.bestAttemptId(),
                        c.attempts()))
                .toList();
        List<QuizAttemptResultView> quizzes = enrollment.quizAttempts().stream()
                .filter(q -> q.moduleId().equals(module.id()) && q.finished())
                .sorted(Comparator.comparingInt(QuizAttempt::attemptNumber))
                .map(q -> new QuizAttemptResultView(q.id(), q.attemptNumber(), q.finishedAt().orElse(null),
                        q.correctCount(), q.questionCount(), q.percent(), q.percent() >= module.quizPassPercent()))
                .toList();
        return new ModuleResultView(module.id(), module.title(), progress.completed(), progress.completedAt(), cases,
                progress.casePoints(), module.quizPassPercent(), progress.quiz().bestPercent(), progress.quiz().passed(),
                quizzes);
    }
}
