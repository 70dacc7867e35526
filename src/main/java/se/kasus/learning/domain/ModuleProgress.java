package se.kasus.learning.domain;

import java.util.List;
import java.util.OptionalInt;
import se.kasus.content.domain.Module;

/**
 * Where a learner stands in a module. The module is complete when every case is finished and
 * the best quiz attempt reaches the module's pass mark.
 */
public record ModuleProgress(String moduleId, int casesTotal, int casesFinished, OptionalInt bestQuizPercent,
                             int quizPassPercent) {

    static ModuleProgress of(Module module, List<CaseAttempt> caseAttempts, List<QuizAttempt> quizAttempts) {
        int finished = (int) module.cases().stream()
                .filter(caseId -> caseAttempts.stream().anyMatch(a -> a.caseId().equals(caseId) && a.finished()))
                .count();
        OptionalInt best = quizAttempts.stream()
                .filter(q -> q.moduleId().equals(module.id()) && q.finished())
                .mapToInt(QuizAttempt::percent)
                .max();
        return new ModuleProgress(module.id(), module.cases().size(), finished, best, module.quizPassPercent());
    }

    public boolean quizPassed() {
        return bestQuizPercent.isPresent() && bestQuizPercent.getAsInt() >= quizPassPercent;
    }

    public boolean complete() {
        return casesFinished == casesTotal && quizPassed();
    }

    /** Share of the module's parts done (cases plus the quiz), 0–100, for a progress bar. */
    public int percentDone() {
        int parts = casesTotal + 1;
        int done = casesFinished + (quizPassed() ? 1 : 0);
        return done * 100 / parts;
    }
}
