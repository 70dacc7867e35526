package se.kasus.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.learning.application.Views.AnswerView;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.CaseSummaryView;
import se.kasus.learning.application.Views.EnrollmentView;
import se.kasus.learning.application.Views.FeedbackView;
import se.kasus.learning.application.Views.QuizView;
import se.kasus.learning.application.Views.ReflectionView;
import se.kasus.learning.domain.CaseAttempt;
import se.kasus.learning.domain.DecisionOutcome;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.EnrollmentRepository;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.learning.domain.QuizAttempt;
import se.kasus.shared.domain.NotFoundException;

/**
 * Everything a learner does. Every look-up goes through the learner's own enrolments: someone
 * else's enrolment or attempt answers "not found", exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class LearningService {

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    CourseVersions versions;

    @Inject
    Clock clock;

    @Inject
    Event<LearningEvent> published;

    private final RandomGenerator random = new SecureRandom();

    /** Enrols the learner in the newest version of the course; enrolling again returns the existing enrolment. */
    public Enrolled enroll(String learner, String courseId) {
        var existing = enrollments.findByLearnerAndCourse(learner, courseId);
        if (existing.isPresent()) {
            return new Enrolled(view(existing.get()), false);
        }
        PublishedCourse published = versions.latest(courseId).orElseThrow(() -> new NotFoundException("kurs", courseId));
        Enrollment enrollment = new Enrollment(learner, courseId, published.versionId(), clock.instant());
        enrollments.add(enrollment);
        enrollments.flush();
        publish(enrollment);
        return new Enrolled(view(enrollment), true);
    }

    public List<EnrollmentView> myEnrollments(String learner) {
        return enrollments.findByLearner(learner).stream().map(this::view).toList();
    }

    public EnrollmentView enrollment(String learner, String enrollmentId) {
        return view(own(learner, enrollmentId));
    }

    public Views.ModuleSummaryView moduleSummary(String learner, String enrollmentId, String moduleId) {
        Enrollment enrollment = own(learner, enrollmentId);
        var course = course(enrollment).course();
        var module = course.module(moduleId).orElseThrow(() -> new NotFoundException("modul", moduleId));
        return new ViewAssembler(course).moduleSummary(enrollment, module);
    }

    public AttemptView startCase(String learner, String enrollmentId, String caseId) {
        Enrollment enrollment = ownLocked(learner, enrollmentId, () -> new NotFoundException("kursregistrering", enrollmentId));
        PublishedCourse published = course(enrollment);
        CaseAttempt attempt = enrollment.startCase(published.course(), caseId, clock.instant());
        enrollments.flush();
        publish(enrollment);
        return new ViewAssembler(published.course()).attempt(attempt);
    }

    /** Plays a finished case again as a new attempt, or returns the attempt still open (see Enrollment#replayCase). */
    public AttemptView replayCase(String learner, String enrollmentId, String caseId) {
        Enrollment enrollment = ownLocked(learner, enrollmentId, () -> new NotFoundException("kursregistrering", enrollmentId));
        PublishedCourse published = course(enrollment);
        CaseAttempt attempt = enrollment.replayCase(published.course(), caseId, clock.instant());
        enrollments.flush();
        publish(enrollment);
        return new ViewAssembler(published.course()).attempt(attempt);
    }

    /** The learner's results in one enrolment: best case scores, every finished quiz attempt, completion dates. */
    public ResultViews.ResultsView results(String learner, String enrollmentId) {
        Enrollment enrollment = own(learner, enrollmentId);
        return new ResultsAssembler(course(enrollment).course()).results(enrollment);
    }

    public AttemptView attempt(String learner, String attemptId) {
        Enrollment enrollment = ownByAttempt(learner, attemptId);
        return new ViewAssembler(course(enrollment).course()).attempt(enrollment.caseAttemptById(attemptId));
    }

    public FeedbackView decide(String learner, String attemptId, String stepId, String optionId) {
        Enrollment enrollment = ownByAttemptLocked(learner, attemptId);
        PublishedCourse published = course(enrollment);
        DecisionOutcome outcome = enrollment.decide(published.course(), attemptId, stepId, optionId, clock.instant());
        enrollments.flush();
        publish(enrollment);
        CaseAttempt attempt = enrollment.caseAttemptById(attemptId);
        var definition = published.course().caseById(attempt.caseId()).orElseThrow();
        ViewAssembler views = new ViewAssembler(published.course());
        return views.feedback(definition, attempt.decision(outcome.point().id()).orElseThrow())
                .withAttempt(views.attempt(attempt));
    }

    public ReflectionView reflect(String learner, String attemptId, String text) {
        Enrollment enrollment = ownByAttemptLocked(learner, attemptId);
        enrollment.reflect(attemptId, text.strip(), clock.instant());
        enrollments.flush();
        publish(enrollment);
        return new ViewAssembler(course(enrollment).course()).attempt(enrollment.caseAttemptById(attemptId)).reflection();
    }

    public CaseSummaryView summary(String learner, String attemptId) {
        Enrollment enrollment = ownByAttempt(learner, attemptId);
        return new ViewAssembler(course(enrollment).course()).summary(enrollment.caseAttemptById(attemptId));
    }

    public QuizView startQuiz(String learner, String enrollmentId, String moduleId) {
        Enrollment enrollment = ownLocked(learner, enrollmentId, () -> new NotFoundException("kursregistrering", enrollmentId));
        PublishedCourse published = course(enrollment);
        QuizAttempt attempt = enrollment.startQuiz(published.course(), moduleId, random, clock.instant());
        enrollments.flush();
        publish(enrollment);
        return new ViewAssembler(published.course()).quiz(attempt);
    }

    public QuizView quiz(String learner, String quizAttemptId) {
        Enrollment enrollment = ownByQuiz(learner, quizAttemptId);
        return new ViewAssembler(course(enrollment).course()).quiz(enrollment.quizAttemptById(quizAttemptId));
    }

    public AnswerView answer(String learner, String quizAttemptId, String questionId, String optionId) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("testförsök", quizAttemptId);
        Enrollment enrollment = ownLocked(learner, enrollments.enrollmentIdOfQuizAttempt(quizAttemptId)
                .orElseThrow(notFound), notFound);
        PublishedCourse published = course(enrollment);
        QuizAttempt.AnswerOutcome outcome = enrollment.answer(published.course(), quizAttemptId, questionId, optionId,
                clock.instant());
        enrollments.flush();
        publish(enrollment);
        return new ViewAssembler(published.course()).answer(enrollment.quizAttemptById(quizAttemptId), outcome.question(),
                outcome.answer());
    }

    /** Observers (tracking) run now, inside this transaction: their records commit or roll back with the change. */
    private void publish(Enrollment enrollment) {
        enrollment.drainEvents().forEach(published::fire);
    }

    private Enrollment own(String learner, String enrollmentId) {
        return enrollments.findById(enrollmentId).filter(e -> e.belongsTo(learner))
                .orElseThrow(() -> new NotFoundException("kursregistrering", enrollmentId));
    }

    private Enrollment ownByAttempt(String learner, String attemptId) {
        return enrollments.findByCaseAttempt(attemptId).filter(e -> e.belongsTo(learner))
                .orElseThrow(() -> new NotFoundException("försök", attemptId));
    }

    private Enrollment ownByAttemptLocked(String learner, String attemptId) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("försök", attemptId);
        return ownLocked(learner, enrollments.enrollmentIdOfCaseAttempt(attemptId).orElseThrow(notFound), notFound);
    }

    /**
     * The learner's enrolment, locked for this transaction before it is read (see
     * {@link EnrollmentRepository#lockForChange}); someone else's answers "not found" and is left untouched.
     */
    private Enrollment ownLocked(String learner, String enrollmentId, Supplier<NotFoundException> notFound) {
        if (!enrollments.lockForChange(enrollmentId, learner)) {
            throw notFound.get();
        }
        return enrollments.findById(enrollmentId).orElseThrow(notFound);
    }

    private Enrollment ownByQuiz(String learner, String quizAttemptId) {
        return enrollments.findByQuizAttempt(quizAttemptId).filter(e -> e.belongsTo(learner))
                .orElseThrow(() -> new NotFoundException("testförsök", quizAttemptId));
    }

    private PublishedCourse course(Enrollment enrollment) {
        return versions.version(enrollment.courseVersionId())
                .orElseThrow(() -> new IllegalStateException("course version " + enrollment.courseVersionId() + " is missing"));
    }

    private EnrollmentView view(Enrollment enrollment) {
        PublishedCourse published = course(enrollment);
        return new ViewAssembler(published.course()).enrollment(enrollment, published);
    }

    /** The enrolment, and whether this request created it. */
    public record Enrolled(EnrollmentView enrollment, boolean created) {
    }
}
