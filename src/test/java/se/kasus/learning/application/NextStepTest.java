package se.kasus.learning.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.learning.application.Views.CaseProgressView;
import se.kasus.learning.application.Views.ModuleProgressView;
import se.kasus.learning.application.Views.NextStepView;
import se.kasus.learning.application.Views.QuizProgressView;
import se.kasus.learning.domain.Enrollment;

/** The one next step the course overview and the end of each case and quiz lead to. */
class NextStepTest {

    private final Enrollment enrollment = new Enrollment("anna", "course", 1L, Instant.parse("2026-01-01T08:00:00Z"));

    @Test
    void aNewLearnerStartsTheFirstCaseOfTheFirstModule() {
        NextStepView next = ViewAssembler.next(enrollment, List.of(
                module("M1", false, quiz(null, false, null), notStarted("case-01"), notStarted("case-02")),
                module("M2", false, quiz(null, false, null), notStarted("case-03"))));

        assertThat(next).isEqualTo(new NextStepView(NextStepView.START_CASE, "M1", "case-01", "Fall case-01", null, null));
    }

    @Test
    void afterTheCasesOfAModuleComesItsQuizThenARetakeWhileItIsNotPassed() {
        CaseProgressView finished = playedOnce("case-01", "Fall case-01", "a1", "FINISHED", 4, 4);

        assertThat(ViewAssembler.next(enrollment, List.of(module("M1", false, quiz(null, false, null), finished))).kind())
                .isEqualTo(NextStepView.START_QUIZ);
        assertThat(ViewAssembler.next(enrollment, List.of(module("M1", false, quiz(60, false, null), finished))))
                .isEqualTo(new NextStepView(NextStepView.RETAKE_QUIZ, "M1", null, null, null, null));
        assertThat(ViewAssembler.next(enrollment, List.of(module("M1", false, quiz(60, false, "q2"), finished))))
                .isEqualTo(new NextStepView(NextStepView.CONTINUE_QUIZ, "M1", null, null, null, "q2"));
    }

    @Test
    void completeModulesAreSkippedAndACompleteCourseSaysSo() {
        CaseProgressView finished = playedOnce("case-01", "Fall case-01", "a1", "FINISHED", 4, 4);
        ModuleProgressView done = module("M1", true, quiz(100, true, null), finished);

        assertThat(ViewAssembler.next(enrollment, List.of(done, module("M2", false, quiz(null, false, null),
                playedOnce("case-03", "Fall case-03", "a3", "IN_PROGRESS", 0, 2)))))
                .isEqualTo(new NextStepView(NextStepView.CONTINUE_CASE, "M2", "case-03", "Fall case-03", "a3", null));
        assertThat(ViewAssembler.next(enrollment, List.of(done)).kind()).isEqualTo(NextStepView.COURSE_COMPLETE);
    }

    @Test
    void whenOnlyTheCaseRuleIsMissingTheWeakestCaseIsReplayedAfterThePassedQuiz() {
        CaseProgressView strong = playedOnce("case-02", "Fall case-02", "a2", "FINISHED", 2, 2);
        CaseProgressView weak = new CaseProgressView("case-03", "Fall case-03", "a3b", "FINISHED", 1, 4, 1, "a3", 2);
        CaseProgressView half = playedOnce("case-04", "Fall case-04", "a4", "FINISHED", 2, 4);

        assertThat(ViewAssembler.next(enrollment, List.of(module("M1", false, quiz(null, false, null), strong, weak, half))).kind())
                .as("the quiz first").isEqualTo(NextStepView.START_QUIZ);
        assertThat(ViewAssembler.next(enrollment, List.of(module("M1", false, quiz(80, true, null), strong, weak, half))))
                .isEqualTo(new NextStepView(NextStepView.REPLAY_CASE, "M1", "case-03", "Fall case-03", "a3b", null));
    }

    private static CaseProgressView notStarted(String caseId) {
        return playedOnce(caseId, "Fall " + caseId, null, "NOT_STARTED", 0, 4);
    }

    private static QuizProgressView quiz(Integer best, boolean passed, String open) {
        return new QuizProgressView(best, 70, passed, open);
    }

    private static ModuleProgressView module(String id, boolean completed, QuizProgressView quiz, CaseProgressView... cases) {
        return new ModuleProgressView(id, "Modul " + id, List.of(cases), quiz, 0, completed, null, null);
    }

    /** A case played at most once: the latest attempt is the best one once finished. */
    private static CaseProgressView playedOnce(String caseId, String title, String attemptId, String status, int score,
                                               int maxScore) {
        boolean finished = "FINISHED".equals(status);
        return new CaseProgressView(caseId, title, attemptId, status, score, maxScore, finished ? score : null,
                finished ? attemptId : null, attemptId == null ? 0 : 1);
    }
}
