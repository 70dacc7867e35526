package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kasus.learning.domain.LearningFixtures.T1;
import static se.kasus.learning.domain.LearningFixtures.T2;
import static se.kasus.learning.domain.LearningFixtures.T3;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.Course;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/** A module's knowledge check: shuffled questions and options, retakes in another order, answers recorded once, finishing and the rounded-down percent. */
class QuizAttemptTest {

    private final Course course = LearningFixtures.course();

    private final Enrollment enrollment = LearningFixtures.enrollment();

    @Test
    void aNewQuizPresentsEveryQuestionOfTheModulesBankOnce() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);

        assertThat(quiz.moduleId()).isEqualTo("M1");
        assertThat(quiz.attemptNumber()).isEqualTo(1);
        assertThat(quiz.questionCount()).isEqualTo(5);
        assertThat(quiz.presented()).extracting(PresentedQuestion::questionId)
                .containsExactlyInAnyOrder("Q1.1", "Q1.2", "Q1.3", "Q1.4", "Q1.5");
        assertThat(quiz.finished()).isFalse();
        assertThat(quiz.startedAt()).isEqualTo(T1);
    }

    @Test
    void theQuestionsAreShuffledToo() {
        List<List<String>> questionOrders = new java.util.ArrayList<>();
        for (int seed = 0; seed < 4; seed++) {
            questionOrders.add(questionIds(LearningFixtures.enrollment().startQuiz(course, "M1", new Random(seed), T1)));
        }

        // Four draws of 5 questions all in the bank's order: probability (1/120)^4.
        assertThat(questionOrders).anySatisfy(
                order -> assertThat(order).isNotEqualTo(List.of("Q1.1", "Q1.2", "Q1.3", "Q1.4", "Q1.5")));
        assertThat(questionOrders).hasSizeGreaterThan(1).doesNotHaveDuplicates();
    }

    @Test
    void aRetakeNeverRepeatsTheOrderOfTheAttemptBeforeEvenWhenTheGeneratorDrawsItAgain() {
        QuizAttempt first = enrollment.startQuiz(course, "M1", new Random(7), T1);
        answerAll(first, "A", T1);

        // The same seed again would draw exactly the first attempt's order.
        QuizAttempt second = enrollment.startQuiz(course, "M1", new Random(7), T2);

        assertThat(second.attemptNumber()).isEqualTo(2);
        assertThat(presentation(second)).isNotEqualTo(presentation(first));
        assertThat(questionIds(second)).containsExactlyInAnyOrderElementsOf(questionIds(first));
        assertThat(second.presented()).allSatisfy(
                p -> assertThat(p.optionOrder()).containsExactlyInAnyOrder("A", "B", "C", "D"));
    }

    @Test
    void aRetakeDiffersFromTheAttemptBeforeWhenTheGeneratorAlwaysDrawsTheSame() {
        RandomGenerator stuck = () -> 0L;
        QuizAttempt first = enrollment.startQuiz(course, "M1", stuck, T1);
        answerAll(first, "A", T1);

        QuizAttempt second = enrollment.startQuiz(course, "M1", stuck, T2);

        assertThat(presentation(second)).isNotEqualTo(presentation(first));
        assertThat(questionIds(second)).containsExactlyInAnyOrderElementsOf(questionIds(first));
    }

    @Test
    void aRetakeOfAOneQuestionQuizMovesItsOptions() {
        Course oneQuestion = LearningFixtures.course(1);
        RandomGenerator stuck = () -> 0L;
        QuizAttempt first = enrollment.startQuiz(oneQuestion, "M1", stuck, T1);
        answerAll(first, "A", T1, oneQuestion);

        QuizAttempt second = enrollment.startQuiz(oneQuestion, "M1", stuck, T2);

        assertThat(second.presented().get(0).optionOrder()).isNotEqualTo(first.presented().get(0).optionOrder())
                .containsExactlyInAnyOrder("A", "B", "C", "D");
    }

    @Test
    void onlyTheAttemptJustBeforeCountsForTheRetakeRule() {
        QuizAttempt first = enrollment.startQuiz(course, "M1", new Random(7), T1);
        answerAll(first, "A", T1);
        QuizAttempt second = enrollment.startQuiz(course, "M1", new Random(8), T2);
        answerAll(second, "A", T2);

        // Seed 7 draws the first attempt's order, which is allowed on the third attempt.
        QuizAttempt third = enrollment.startQuiz(course, "M1", new Random(7), T3);

        assertThat(presentation(second)).isNotEqualTo(presentation(first));
        assertThat(presentation(third)).isEqualTo(presentation(first));
    }

    @Test
    void optionsAreShuffledButKeepTheSameSet() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);

        assertThat(quiz.presented()).allSatisfy(
                p -> assertThat(p.optionOrder()).containsExactlyInAnyOrder("A", "B", "C", "D"));
        assertThat(quiz.presented()).extracting(PresentedQuestion::optionOrder)
                .anySatisfy(order -> assertThat(order).isNotEqualTo(List.of("A", "B", "C", "D")));
    }

    @Test
    void theOrderComesFromTheRandomGeneratorAlone() {
        Enrollment other = LearningFixtures.enrollment();

        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(42), T1);
        QuizAttempt same = other.startQuiz(course, "M1", new Random(42), T1);

        assertThat(orders(same)).isEqualTo(orders(quiz));
    }

    @Test
    void eachAttemptGetsItsOwnOrder() {
        Random random = new Random(7);
        QuizAttempt first = enrollment.startQuiz(course, "M1", random, T1);
        answerAll(first, "A", T1);

        QuizAttempt second = enrollment.startQuiz(course, "M1", random, T2);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.attemptNumber()).isEqualTo(2);
        assertThat(orders(second)).isNotEqualTo(orders(first));
        assertThat(second.presented()).allSatisfy(
                p -> assertThat(p.optionOrder()).containsExactlyInAnyOrder("A", "B", "C", "D"));
    }

    @Test
    void startingAgainBeforeFinishingReturnsTheSameAttemptInTheSameOrder() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);
        List<List<String>> shown = orders(quiz);

        QuizAttempt again = enrollment.startQuiz(course, "M1", new Random(99), T2);

        assertThat(again).isSameAs(quiz);
        assertThat(orders(again)).isEqualTo(shown);
        assertThat(enrollment.quizAttempts()).hasSize(1);
    }

    @Test
    void answeringEveryQuestionFinishesTheQuiz() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);
        for (String questionId : List.of("Q1.1", "Q1.2", "Q1.3", "Q1.4")) {
            enrollment.answer(course, quiz.id(), questionId, "A", T2);
        }
        assertThat(quiz.finished()).isFalse();

        enrollment.answer(course, quiz.id(), "Q1.5", "B", T3);

        assertThat(quiz.finished()).isTrue();
        assertThat(quiz.correctCount()).isEqualTo(4);
        assertThat(quiz.percent()).isEqualTo(80);
    }

    @Test
    void anAnswerIsMarkedAgainstTheKey() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);

        QuizAttempt.AnswerOutcome right = enrollment.answer(course, quiz.id(), "Q1.1", "A", T2);
        QuizAttempt.AnswerOutcome wrong = enrollment.answer(course, quiz.id(), "Q1.2", "C", T2);

        assertThat(right.recorded()).isTrue();
        assertThat(right.answer().correct()).isTrue();
        assertThat(right.question().id()).isEqualTo("Q1.1");
        assertThat(wrong.answer().correct()).isFalse();
        assertThat(quiz.answer("Q1.2")).hasValueSatisfying(a -> assertThat(a.optionId()).isEqualTo("C"));
    }

    @Test
    void thePercentIsRoundedDown() {
        Course threeQuestions = LearningFixtures.course(3);
        QuizAttempt quiz = enrollment.startQuiz(threeQuestions, "M1", new Random(7), T1);

        enrollment.answer(threeQuestions, quiz.id(), "Q1.1", "A", T2);
        enrollment.answer(threeQuestions, quiz.id(), "Q1.2", "A", T2);
        enrollment.answer(threeQuestions, quiz.id(), "Q1.3", "D", T2);

        assertThat(quiz.percent()).isEqualTo(66);
    }

    @Test
    void theSameAnswerTwiceIsRecordedOnce() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);
        enrollment.answer(course, quiz.id(), "Q1.1", "B", T2);

        QuizAttempt.AnswerOutcome repeat = enrollment.answer(course, quiz.id(), "Q1.1", "B", T3);

        assertThat(repeat.recorded()).isFalse();
        assertThat(repeat.answer().optionId()).isEqualTo("B");
        assertThat(quiz.correctCount()).isZero();
        assertThat(quiz.finished()).isFalse();
    }

    @Test
    void aDifferentAnswerToAnAnsweredQuestionIsAConflict() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);
        enrollment.answer(course, quiz.id(), "Q1.1", "B", T2);

        assertThatThrownBy(() -> enrollment.answer(course, quiz.id(), "Q1.1", "A", T3))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("question-already-answered"));
        assertThat(quiz.answer("Q1.1")).hasValueSatisfying(a -> assertThat(a.optionId()).isEqualTo("B"));
    }

    @Test
    void anOptionTheQuestionDoesNotHaveBreaksARule() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);

        assertThatThrownBy(() -> enrollment.answer(course, quiz.id(), "Q1.1", "F", T2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("option-not-offered"));
        assertThat(quiz.answer("Q1.1")).isEmpty();
    }

    @Test
    void aQuestionNotInTheQuizIsNotFound() {
        QuizAttempt quiz = enrollment.startQuiz(course, "M1", new Random(7), T1);

        assertThatThrownBy(() -> enrollment.answer(course, quiz.id(), "Q2.1", "A", T2))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("Q2.1"));
    }

    @Test
    void aQuizForAModuleTheCourseDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> enrollment.startQuiz(course, "M9", new Random(7), T1))
                .isInstanceOf(NotFoundException.class);
        assertThat(enrollment.quizAttempts()).isEmpty();
    }

    @Test
    void aQuizAttemptThatIsNotInTheEnrolmentIsNotFound() {
        assertThatThrownBy(() -> enrollment.answer(course, "no-such-quiz", "Q1.1", "A", T1))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> questionIds(QuizAttempt quiz) {
        return quiz.presented().stream().map(PresentedQuestion::questionId).toList();
    }

    private static List<String> presentation(QuizAttempt quiz) {
        return quiz.presented().stream().map(p -> p.questionId() + ":" + p.optionOrder()).toList();
    }

    private void answerAll(QuizAttempt quiz, String optionId, Instant now, Course in) {
        quiz.presented().forEach(p -> enrollment.answer(in, quiz.id(), p.questionId(), optionId, now));
    }

    private static List<List<String>> orders(QuizAttempt quiz) {
        return quiz.presented().stream().map(PresentedQuestion::optionOrder).toList();
    }

    private void answerAll(QuizAttempt quiz, String optionId, Instant now) {
        quiz.presented().forEach(p -> enrollment.answer(course, quiz.id(), p.questionId(), optionId, now));
    }
}
