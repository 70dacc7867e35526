package se.kasus.learning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.content.domain.ContentFixtures.bank;
import static se.kasus.content.domain.ContentFixtures.defaultPrinciples;
import static se.kasus.content.domain.ContentFixtures.module;
import static se.kasus.content.domain.ContentFixtures.oneStepCase;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.LegalStatus;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuizOption;
import se.kasus.learning.application.Views.AnswerView;
import se.kasus.learning.application.Views.QuizQuestionView;
import se.kasus.learning.application.Views.QuizView;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.QuizAttempt;

/** The quiz's answer key reaches the learner only once the module's quiz is passed. */
class QuizKeyTest {

    private static final Instant T = Instant.parse("2026-01-01T09:00:00Z");

    private final Course course = ContentFixtures.course(defaultPrinciples(),
            List.of(module("M1", "quiz-m1", 70, "case-01"), module("M2", "quiz-m2", 70, "case-02")),
            List.of(oneStepCase("case-01", "M1").build(), oneStepCase("case-02", "M2").build()),
            List.of(bank("quiz-m1", "M1", question("Q1.1"), question("Q1.2"), question("Q1.3"), question("Q1.4")),
                    bank("quiz-m2", "M2", question("Q2.1"))));

    private final Enrollment enrollment = new Enrollment("anna", "test-course", 1L, T);

    private final ViewAssembler views = new ViewAssembler(course);

    @Test
    void beforeAPassAWrongAnswerSaysOnlyThatItWasWrong() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(3), T);

        AnswerView wrong = answer(quiz, "Q1.1", "C");

        assertThat(wrong).isEqualTo(new AnswerView("Q1.1", "C", false, null, null, List.of()));
    }

    @Test
    void beforeAPassARightAnswerShowsItsExplanationButNotTheKeyField() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(3), T);

        AnswerView right = answer(quiz, "Q1.1", "A");

        assertThat(right.correct()).isTrue();
        assertThat(right.correctOptionId()).isNull();
        assertThat(right.explanation()).isEqualTo("A är rätt eftersom Q1.1 handlar om A.");
        assertThat(right.sources()).extracting(Views.LegalReferenceView::citation).containsExactly("Källa Q1.1");
    }

    @Test
    void aFailedAttemptShowsNoKeyAndSaysSo() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(3), T);
        answerAll(quiz, 2);

        QuizView view = views.quiz(quiz);

        assertThat(view.finished()).isTrue();
        assertThat(view.passed()).isFalse();
        assertThat(view.keyRevealed()).isFalse();
        assertThat(view.questions()).extracting(QuizQuestionView::answer)
                .allSatisfy(a -> assertThat(a.correctOptionId()).isNull())
                .filteredOn(a -> !a.correct()).hasSize(2)
                .allSatisfy(a -> assertThat(a.explanation()).isNull())
                .allSatisfy(a -> assertThat(a.sources()).isEmpty());
    }

    @Test
    void aPassRevealsTheKeyInEveryAttemptOfTheModuleIncludingTheFailedOne() {
        QuizAttempt failed = enrollment.startQuiz(course, "M1", new Random(3), T);
        answerAll(failed, 1);
        QuizAttempt passed = enrollment.startQuiz(course, "M1", new Random(4), T);
        answerAll(passed, 3);

        QuizView reopened = views.quiz(failed);

        assertThat(views.quiz(passed).keyRevealed()).isTrue();
        assertThat(reopened.passed()).isFalse();
        assertThat(reopened.keyRevealed()).isTrue();
        assertThat(reopened.questions()).extracting(QuizQuestionView::answer).allSatisfy(a -> {
            assertThat(a.correctOptionId()).isEqualTo("A");
            assertThat(a.explanation()).startsWith("A är rätt");
            assertThat(a.sources()).hasSize(1);
        });
    }

    @Test
    void theAnswerThatPassesTheQuizComesWithTheKey() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(3), T);
        List<String> ids = quiz.presented().stream().map(p -> p.questionId()).toList();
        answer(quiz, ids.get(0), "A");
        answer(quiz, ids.get(1), "A");
        answer(quiz, ids.get(2), "B");

        AnswerView last = answer(quiz, ids.get(3), "A");

        assertThat(quiz.percent()).isEqualTo(75);
        assertThat(last.correctOptionId()).isEqualTo("A");
        assertThat(views.quiz(quiz).questions().stream().filter(q -> q.id().equals(ids.get(2))).findFirst().orElseThrow()
                .answer().correctOptionId()).isEqualTo("A");
    }

    @Test
    void aPassInOneModuleRevealsNothingInAnother() {
        QuizAttempt m1 = enrollment.startQuiz(course, "M1", new Random(3), T);
        answerAll(m1, 4);
        QuizAttempt m2 = enrollment.startQuiz(course, "M2", new Random(3), T);

        AnswerView wrong = answer(m2, "Q2.1", "B");

        assertThat(views.quiz(m1).keyRevealed()).isTrue();
        assertThat(wrong.correctOptionId()).isNull();
        assertThat(views.quiz(m2).keyRevealed()).isFalse();
    }

    @Test
    void theViewNamesTheModuleByTitleAndPlace() {
        QuizView view = views.quiz(enrollment.startQuiz(course, "M2", new Random(3), T));

        assertThat(view.moduleTitle()).isEqualTo("Modul M2");
        assertThat(view.moduleNumber()).isEqualTo(2);
    }

    private AnswerView answer(QuizAttempt quiz, String questionId, String optionId) {
        var outcome = enrollment.answer(course, quiz.id(), questionId, optionId, T);
        return views.answer(quiz, outcome.question(), outcome.answer());
    }

    /** The first {@code right} questions in the attempt's order answered right (A), the rest wrong (C). */
    private void answerAll(QuizAttempt quiz, int right) {
        int n = 0;
        for (var presented : quiz.presented()) {
            answer(quiz, presented.questionId(), n++ < right ? "A" : "C");
        }
    }

    private static Question question(String id) {
        return new Question(id, "Fråga " + id,
                List.of(new QuizOption("A", "Svar A"), new QuizOption("B", "Svar B"), new QuizOption("C", "Svar C")),
                "A", "A är rätt eftersom " + id + " handlar om A.",
                List.of(new LegalReference("src-" + id, "Källa " + id, LegalStatus.VERIFIED, null, null)));
    }
}
