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
     * Locks the enrolment for this transaction and re-reads it, so that of two concurrent changes
     * (a double click) the second waits for the first and then sees what it wrote.
     */
    void lockForChange(Enrollment enrollment);

    /** Writes pending changes now, so that a conflicting concurrent change fails inside the use case. */
    void flush();
}
