package se.kasus.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    @Override
    public Optional<Enrollment> findByCaseAttempt(String caseAttemptId) {
        return em.createQuery("SELECT a.enrollment FROM CaseAttempt a WHERE a.id = :id", Enrollment.class)
                .setParameter("id", caseAttemptId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Enrollment> findByQuizAttempt(String quizAttemptId) {
        return em.createQuery("SELECT q.enrollment FROM QuizAttempt q WHERE q.id = :id", Enrollment.class)
                .setParameter("id", quizAttemptId)
                .getResultStream().findFirst();
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

    @Override
    public void lockForChange(Enrollment enrollment) {
        em.refresh(enrollment, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
