package se.kasus.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.EnrollmentRepository;

@ApplicationScoped
public class JpaEnrollmentRepository implements EnrollmentRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<Enrollment> findById(String id) {
        return Optional.ofNullable(em.find(Enrollment.class, id));
    }

    @Override
    public Optional<Enrollment> findByLearnerAndCourse(String learner, String courseId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.learner = :learner AND e.courseId = :courseId",
                        Enrollment.class)
                .setParameter("learner", learner)
                .setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    /**
     * Two reads, not a join: on Derby a join holds the attempt row's shared lock while it waits for the enrolment
     * row, and a request changing that enrolment (which holds the enrolment and wants the attempt) then deadlocks
     * with it.
     */
    @Override
    public Optional<Enrollment> findByCaseAttempt(String caseAttemptId) {
        return enrollmentIdOfCaseAttempt(caseAttemptId).flatMap(this::findById);
    }

    @Override
    public Optional<Enrollment> findByQuizAttempt(String quizAttemptId) {
        return enrollmentIdOfQuizAttempt(quizAttemptId).flatMap(this::findById);
    }

    @Override
    public Optional<String> enrollmentIdOfCaseAttempt(String caseAttemptId) {
        return enrollmentIdOf("case_attempt", caseAttemptId);
    }

    @Override
    public Optional<String> enrollmentIdOfQuizAttempt(String quizAttemptId) {
        return enrollmentIdOf("quiz_attempt", quizAttemptId);
    }

    private Optional<String> enrollmentIdOf(String attemptTable, String attemptId) {
        List<?> ids = em.createNativeQuery("SELECT enrollment_id FROM " + attemptTable + " WHERE id = ?")
                .setParameter(1, attemptId)
                .getResultList();
        return ids.stream().findFirst().map(Object::toString);
    }

    @Override
    public List<Enrollment> findByLearner(String learner) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.learner = :learner ORDER BY e.enrolledAt", Enrollment.class)
                .setParameter("learner", learner)
                .getResultList();
    }

    @Override
    public void add(Enrollment enrollment) {
        em.persist(enrollment);
    }

    /**
     * Takes the enrolment row's write lock by writing it (its version goes up). A {@code SELECT ... FOR UPDATE} is
     * not enough on Derby: its update lock becomes a shared lock once the cursor moves on, so two requests both
     * passed it and then deadlocked on the attempt row they both changed. A written row stays exclusively locked
     * until the commit on every database, so the requests of one enrolment take their turns.
     */
    @Override
    public boolean lockForChange(String enrollmentId, String learner) {
        return em.createQuery("UPDATE Enrollment e SET e.version = e.version + 1 WHERE e.id = :id AND e.learner = :learner")
                .setParameter("id", enrollmentId)
                .setParameter("learner", learner)
                .executeUpdate() == 1;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
