package se.kasus.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuestionBank;
import se.kasus.content.domain.QuizOption;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/** One try at a module's knowledge check. Finished when every question is answered. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    /** Enough that an honest generator practically never runs out (each draw repeats with probability at most 1/2). */
    private static final int MAX_DRAWS = 32;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "module_id", nullable = false, length = 10)
    private String moduleId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_presented", joinColumns = @JoinColumn(name = "quiz_attempt_id"))
    @OrderColumn(name = "position")
    private List<PresentedQuestion> presented = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_answer", joinColumns = @JoinColumn(name = "quiz_attempt_id"),
            uniqueConstraints = @UniqueConstraint(name = "uq_quiz_answer", columnNames = {"quiz_attempt_id", "question_id"}))
    @OrderColumn(name = "seq")
    private List<QuizAnswer> answers = new ArrayList<>();

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected QuizAttempt() {
    }

    /**
     * Presents the bank's questions in a shuffled order, each with its options shuffled. A retake never shows
     * exactly the question and option order of the attempt before it (the enrolment's earlier attempts are read
     * before this one joins them): an equal draw is shuffled again.
     */
    QuizAttempt(Enrollment enrollment, String moduleId, int attemptNumber, QuestionBank bank, RandomGenerator random,
                Instant now) {
        this.id = UUID.randomUUID().toString();
        this.enrollment = enrollment;
        this.moduleId = moduleId;
        this.attemptNumber = attemptNumber;
        this.startedAt = now;
        List<PresentedQuestion> previous = enrollment.quizAttempts().stream()
                .filter(q -> q.moduleId().equals(moduleId) && q.attemptNumber() == attemptNumber - 1)
                .findFirst().map(QuizAttempt::presented).orElse(List.of());
        List<PresentedQuestion> order = presentation(bank, random);
        for (int draw = 1; sameOrder(order, previous) && draw < MAX_DRAWS; draw++) {
            order = presentation(bank, random);
        }
        if (sameOrder(order, previous)) {
            order = rotated(order);
        }
        presented.addAll(order);
    }

    private static List<PresentedQuestion> presentation(QuestionBank bank, RandomGenerator random) {
        List<Question> questions = new ArrayList<>(bank.questions());
        shuffle(questions, random);
        List<PresentedQuestion> order = new ArrayList<>();
        for (Question question : questions) {
            List<String> options = new ArrayList<>(question.options().stream().map(QuizOption::id).toList());
            shuffle(options, random);
            order.add(new PresentedQuestion(question.id(), options));
        }
        return order;
    }

    private static boolean sameOrder(List<PresentedQuestion> a, List<PresentedQuestion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).questionId().equals(b.get(i).questionId())
                    || !a.get(i).optionOrder().equals(b.get(i).optionOrder())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A different order whatever the generator gave: the questions moved one place, or with a single question its
     * options moved one place. A bank of one question with one option has only one order and is kept.
     */
    private static List<PresentedQuestion> rotated(List<PresentedQuestion> order) {
        List<PresentedQuestion> moved = new ArrayList<>(order);
        if (moved.size() > 1) {
            Collections.rotate(moved, 1);
            return moved;
        }
        if (moved.size() == 1) {
            List<String> options = new ArrayList<>(moved.get(0).optionOrder());
            Collections.rotate(options, 1);
            return List.of(new PresentedQuestion(moved.get(0).questionId(), options));
        }
        return moved;
    }

    private static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    /** Records an answer; the same answer again changes nothing, a different one is a conflict. */
    AnswerOutcome answer(QuestionBank bank, String questionId, String optionId, Instant now) {
        Question question = bank.question(questionId)
                .filter(q -> presented.stream().anyMatch(p -> p.questionId().equals(q.id())))
                .orElseThrow(() -> new NotFoundException("fråga", questionId));
        Optional<QuizAnswer> earlier = answer(questionId);
        if (earlier.isPresent()) {
            if (earlier.get().optionId().equals(optionId)) {
                return new AnswerOutcome(question, earlier.get(), false);
            }
            throw new ConflictException("question-already-answered",
                    "Du har redan svarat på fråga " + questionId + " i det här försöket.");
        }
        if (question.option(optionId).isEmpty()) {
            throw new RuleViolationException("option-not-offered",
                    "Alternativ " + optionId + " finns inte för fråga " + questionId + ".");
        }
        QuizAnswer answer = new QuizAnswer(questionId, optionId, question.correct().equals(optionId), now);
        answers.add(answer);
        if (answers.size() == presented.size()) {
            finishedAt = now;
        }
        return new AnswerOutcome(question, answer, true);
    }

    public Optional<QuizAnswer> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    public String id() {
        return id;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public String moduleId() {
        return moduleId;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public List<PresentedQuestion> presented() {
        return List.copyOf(presented);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public int correctCount() {
        return (int) answers.stream().filter(QuizAnswer::correct).count();
    }

    public int questionCount() {
        return presented.size();
    }

    /** Whole per cent of questions answered correctly, rounded down so 69.9 % never passes a 70 % rule. */
    public int percent() {
        return questionCount() == 0 ? 0 : correctCount() * 100 / questionCount();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The question, the recorded answer, and whether this request recorded it. */
    public record AnswerOutcome(Question question, QuizAnswer answer, boolean recorded) {
    }
}
