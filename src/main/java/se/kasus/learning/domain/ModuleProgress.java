package se.kasus.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;

/**
 * Where a learner stands in a module, by the module's pass rule ({@link Module#passRule()}). The module is
 * complete when every case has a finished attempt, the module's cases together reach the case percent of their
 * maximum score (each case counting its best finished attempt), and the best quiz attempt reaches the quiz
 * percent. Percentages are compared in whole numbers so that 69.9 % never passes a 70 % rule.
 *
 * @param casePoints  the sum over the module's cases of each case's best finished score (0 for a case not finished)
 * @param caseMaxPoints the sum of the cases' maximum scores
 * @param completedAt the first moment the module was complete, computed from when the attempts finished
 */
public record ModuleProgress(String moduleId, int casesTotal, int casesFinished, OptionalInt bestQuizPercent,
                             int quizPassPercent, int casePoints, int caseMaxPoints, int casePassPercent,
                             Optional<Instant> completedAt) {

    static ModuleProgress of(Course course, Module module, List<CaseAttempt> caseAttempts,
                             List<QuizAttempt> quizAttempts) {
        ModuleProgress now = at(course, module, caseAttempts, quizAttempts, null, Optional.empty());
        if (!now.complete()) {
            return now;
        }
        return at(course, module, caseAttempts, quizAttempts, null, firstCompleted(course, module, caseAttempts, quizAttempts));
    }

    /** The first instant at which the attempts finished by then made the module complete. */
    private static Optional<Instant> firstCompleted(Course course, Module module, List<CaseAttempt> caseAttempts,
                                                    List<QuizAttempt> quizAttempts) {
        TreeSet<Instant> moments = new TreeSet<>();
        caseAttempts.stream().filter(a -> module.cases().contains(a.caseId()))
                .forEach(a -> a.finishedAt().ifPresent(moments::add));
        quizAttempts.stream().filter(q -> q.moduleId().equals(module.id()))
                .forEach(q -> q.finishedAt().ifPresent(moments::add));
        for (Instant moment : moments) {
            if (at(course, module, caseAttempts, quizAttempts, moment, Optional.empty()).complete()) {
                return Optional.of(moment);
            }
        }
        return Optional.empty();
    }

    /** The progress counting only attempts finished at or before {@code upTo} (all finished ones when null). */
    private static ModuleProgress at(Course course, Module module, List<CaseAttempt> caseAttempts,
                                     List<QuizAttempt> quizAttempts, Instant upTo, Optional<Instant> completedAt) {
        int finished = 0;
        int points = 0;
        int max = 0;
        for (String caseId : module.cases()) {
            max += course.caseById(caseId).map(CaseDefinition::maxScore).orElse(0);
            OptionalInt best = caseAttempts.stream()
                    .filter(a -> a.caseId().equals(caseId) && finishedBy(a.finishedAt(), upTo))
                    .mapToInt(CaseAttempt::score).max();
            if (best.isPresent()) {
                finished++;
                points += best.getAsInt();
            }
        }
        OptionalInt bestQuiz = quizAttempts.stream()
                .filter(q -> q.moduleId().equals(module.id()) && finishedBy(q.finishedAt(), upTo))
                .mapToInt(QuizAttempt::percent)
                .max();
        return new ModuleProgress(module.id(), module.cases().size(), finished, bestQuiz, module.quizPassPercent(),
                points, max, module.casePassPercent(), completedAt);
    }

    private static boolean finishedBy(Optional<Instant> finishedAt, Instant upTo) {
        return finishedAt.isPresent() && (upTo == null || !finishedAt.get().isAfter(upTo));
    }

    public boolean quizPassed() {
        return bestQuizPercent.isPresent() && bestQuizPercent.getAsInt() >= quizPassPercent;
    }

    public boolean allCasesFinished() {
        return casesFinished == casesTotal;
    }

    /** The fewest case points that pass the case rule: the case percent of the maximum, rounded up. */
    public int casePointsRequired() {
        return (casePassPercent * caseMaxPoints + 99) / 100;
    }

    /** The module's cases reach the case percent (exactly: points × 100 ≥ percent × max). */
    public boolean casePointsReached() {
        return casePoints * 100 >= casePassPercent * caseMaxPoints;
    }

    /** Case points still needed to reach the case rule; 0 once reached. */
    public int casePointsNeeded() {
        return Math.max(0, casePointsRequired() - casePoints);
    }

    public boolean complete() {
        return allCasesFinished() && casePointsReached() && quizPassed();
    }

    /**
     * Share of the module's parts done, 0–100, for a progress bar: each case finished, the quiz passed, and,
     * when the module has a case rule, the case points reached.
     */
    public int percentDone() {
        boolean caseRule = casePassPercent > 0;
        int parts = casesTotal + 1 + (caseRule ? 1 : 0);
        int done = casesFinished + (quizPassed() ? 1 : 0) + (caseRule && allCasesFinished() && casePointsReached() ? 1 : 0);
        return done * 100 / parts;
    }
}
