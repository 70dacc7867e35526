package se.kasus.learning.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.QuestionBank;
import se.kasus.shared.domain.NotFoundException;

/**
 * A learner's enrolment in one course version: the aggregate that owns their case and quiz
 * attempts. The course version is fixed at enrolment, so new content never changes a course
 * someone has started.
 */
@Entity
@Table(name = "enrollment",
        uniqueConstraints = @UniqueConstraint(name = "uq_enrol_learner", columnNames = {"learner", "course_id"}))
public class Enrollment {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 64)
    private String learner;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    /** The xAPI registration that groups everything the learner does in this enrolment. */
    @Column(nullable = false, length = 36)
    private String registration;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseAttempt> caseAttempts = new ArrayList<>();

    @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuizAttempt> quizAttempts = new ArrayList<>();

    @Version
    private long version;

    /** Events raised since the enrolment was loaded; the application layer publishes and clears them. */
    @Transient
    private List<LearningEvent> events = new ArrayList<>();

    protected Enrollment() {
    }

    public Enrollment(String learner, String courseId, long courseVersionId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.learner = learner;
        this.courseId = courseId;
        this.courseVersionId = courseVersionId;
        this.registration = UUID.randomUUID().toString();
        this.enrolledAt = now;
    }

    /** Starts the case, or returns its latest attempt (open or finished) when the learner has played it. */
    public CaseAttempt startCase(Course course, String caseId, Instant now) {
        CaseDefinition definition = course.caseById(caseId).orElseThrow(() -> new NotFoundException("fall", caseId));
        return caseAttempt(caseId).orElseGet(() -> newAttempt(definition, 1, now));
    }

    /**
     * Plays the case again: a new attempt when the latest one is finished; otherwise the open attempt (a double
     * click or a second tab starts one replay, not two). A case never started gets its first attempt.
     */
    public CaseAttempt replayCase(Course course, String caseId, Instant now) {
        CaseDefinition definition = course.caseById(caseId).orElseThrow(() -> new NotFoundException("fall", caseId));
        Optional<CaseAttempt> latest = caseAttempt(caseId);
        if (latest.isPresent() && !latest.get().finished()) {
            return latest.get();
        }
        return newAttempt(definition, latest.map(a -> a.attemptNumber() + 1).orElse(1), now);
    }

    private CaseAttempt newAttempt(CaseDefinition definition, int number, Instant now) {
        CaseAttempt attempt = new CaseAttempt(this, definition, number, now);
        caseAttempts.add(attempt);
        raise(new LearningEvent.CaseStarted(where(now), definition.module(), definition.id(), number));
        return attempt;
    }

    public DecisionOutcome decide(Course course, String attemptId, String stepId, String optionId, Instant now) {
        CaseAttempt attempt = caseAttemptById(attemptId);
        CaseDefinition definition = course.caseById(attempt.caseId()).orElseThrow();
        boolean moduleWasComplete = moduleComplete(course, attempt.moduleId());
        DecisionOutcome outcome = attempt.decide(definition, stepId, optionId, now);
        if (outcome.recorded()) {
            var option = outcome.option();
            raise(new LearningEvent.DecisionRecorded(where(now), attempt.moduleId(), attempt.caseId(), stepId, optionId,
                    option.score(), outcome.point().maxScore(), option.best(), attempt.attemptNumber()));
            if (attempt.finished()) {
                raise(new LearningEvent.CaseFinished(where(now), attempt.moduleId(), attempt.caseId(), attempt.score(),
                        definition.maxScore(), attempt.attemptNumber()));
            }
            afterProgress(course, attempt.moduleId(), moduleWasComplete, now);
        }
        return outcome;
    }

    public void reflect(String attemptId, String text, Instant now) {
        CaseAttempt attempt = caseAttemptById(attemptId);
        attempt.reflect(text, now);
        raise(new LearningEvent.ReflectionAnswered(where(now), attempt.moduleId(), attempt.caseId(), text,
                attempt.attemptNumber()));
    }

    /** Starts a quiz attempt for the module, or returns the one not yet finished. */
    public QuizAttempt startQuiz(Course course, String moduleId, RandomGenerator random, Instant now) {
        Module module = course.module(moduleId).orElseThrow(() -> new NotFoundException("modul", moduleId));
        QuestionBank bank = course.questionBank(module.quiz()).orElseThrow();
        return quizAttempts.stream().filter(q -> q.moduleId().equals(moduleId) && !q.finished()).findFirst()
                .orElseGet(() -> {
                    int number = (int) quizAttempts.stream().filter(q -> q.moduleId().equals(moduleId)).count() + 1;
                    QuizAttempt attempt = new QuizAttempt(this, moduleId, number, bank, random, now);
                    quizAttempts.add(attempt);
                    return attempt;
                });
    }

    public QuizAttempt.AnswerOutcome answer(Course course, String quizAttemptId, String questionId, String optionId,
                                            Instant now) {
        QuizAttempt attempt = quizAttemptById(quizAttemptId);
        Module module = course.module(attempt.moduleId()).orElseThrow();
        QuestionBank bank = course.questionBank(module.quiz()).orElseThrow();
        boolean moduleWasComplete = moduleComplete(course, module.id());
        QuizAttempt.AnswerOutcome outcome = attempt.answer(bank, questionId, optionId, now);
        if (outcome.recorded()) {
            raise(new LearningEvent.QuizQuestionAnswered(where(now), module.id(), questionId, optionId,
                    outcome.answer().correct()));
            if (attempt.finished()) {
                raise(new LearningEvent.QuizFinished(where(now), module.id(), attempt.attemptNumber(),
                        attempt.correctCount(), attempt.questionCount(), module.quizPassPercent(),
                        attempt.percent() >= module.quizPassPercent()));
            }
            afterProgress(course, module.id(), moduleWasComplete, now);
        }
        return outcome;
    }

    /** Where the learner stands in the module, by the module's pass rule (see {@link ModuleProgress}). */
    public ModuleProgress progress(Course course, Module module) {
        return ModuleProgress.of(course, module, caseAttempts, quizAttempts);
    }

    public boolean courseComplete(Course course) {
        return !course.modules().isEmpty() && course.orderedModules().stream().allMatch(m -> progress(course, m).complete());
    }

    private boolean moduleComplete(Course course, String moduleId) {
        return course.module(moduleId).map(m -> progress(course, m).complete()).orElse(false);
    }

    private void afterProgress(Course course, String moduleId, boolean moduleWasComplete, Instant now) {
        if (!moduleWasComplete && moduleComplete(course, moduleId)) {
            raise(new LearningEvent.ModuleCompleted(where(now), moduleId));
        }
        if (completedAt == null && courseComplete(course)) {
            completedAt = now;
            raise(new LearningEvent.CourseCompleted(where(now)));
        }
    }

    private LearningEvent.Where where(Instant now) {
        return new LearningEvent.Where(learner, id, registration, courseId, courseVersionId, now);
    }

    private void raise(LearningEvent event) {
        if (events == null) {
            events = new ArrayList<>();
        }
        events.add(event);
    }

    /** The events raised since the last call, oldest first. */
    public List<LearningEvent> drainEvents() {
        if (events == null || events.isEmpty()) {
            return List.of();
        }
        List<LearningEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    /** The attempt the learner touched last and has not finished: where "continue" takes them. */
    public Optional<CaseAttempt> resumable() {
        return caseAttempts.stream().filter(a -> !a.finished()).max(Comparator.comparing(CaseAttempt::lastActivity));
    }

    /** The latest attempt of the case (the one with the highest number), if the learner has started it. */
    public Optional<CaseAttempt> caseAttempt(String caseId) {
        return caseAttempts.stream().filter(a -> a.caseId().equals(caseId))
                .max(Comparator.comparingInt(CaseAttempt::attemptNumber));
    }

    /** Every attempt of the case, first attempt first. */
    public List<CaseAttempt> caseAttempts(String caseId) {
        return caseAttempts.stream().filter(a -> a.caseId().equals(caseId))
                .sorted(Comparator.comparingInt(CaseAttempt::attemptNumber)).toList();
    }

    /** The finished attempt of the case with the highest score; of equal scores the earliest. */
    public Optional<CaseAttempt> bestAttempt(String caseId) {
        CaseAttempt best = null;
        for (CaseAttempt attempt : caseAttempts(caseId)) {
            if (attempt.finished() && (best == null || attempt.score() > best.score())) {
                best = attempt;
            }
        }
        return Optional.ofNullable(best);
    }

    public CaseAttempt caseAttemptById(String attemptId) {
        return caseAttempts.stream().filter(a -> a.id().equals(attemptId)).findFirst()
                .orElseThrow(() -> new NotFoundException("försök", attemptId));
    }

    public QuizAttempt quizAttemptById(String quizAttemptId) {
        return quizAttempts.stream().filter(a -> a.id().equals(quizAttemptId)).findFirst()
                .orElseThrow(() -> new NotFoundException("testförsök", quizAttemptId));
    }

    public List<QuizAttempt> quizAttempts() {
        return List.copyOf(quizAttempts);
    }

    public boolean belongsTo(String username) {
        return learner.equals(username);
    }

    public String id() {
        return id;
    }

    public String learner() {
        return learner;
    }

    public String courseId() {
        return courseId;
    }

    public long courseVersionId() {
        return courseVersionId;
    }

    public String registration() {
        return registration;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
