package se.kasus.learning.domain;

import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository {

    Optional<Enrollment> findById(String id);

    Optional<Enrollment> findByLearnerAndCourse(String learner, String courseId);

    Optional<Enrollment> findByCaseAttempt(String caseAttemptId);

    Optional<Enrollment> findByQuizAttempt(String quizAttemptId);

    List<Enrollment> findByLearner(String learner);

    void add(Enrollment enrollment);

    /**
     * Marks the enrolment as changed, so that of two concurrent changes to it (a double click)
     * the second fails with an optimistic-lock conflict instead of both being written.
     */
    void markChanged(Enrollment enrollment);

    /** Writes pending changes now, so that a conflicting concurrent change fails inside the use case. */
    void flush();
}
