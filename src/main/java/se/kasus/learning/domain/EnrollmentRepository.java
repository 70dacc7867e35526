package se.kasus.learning.domain;

import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository {

    Optional<Enrollment> findById(String id);

    Optional<Enrollment> findByLearnerAndCourse(String learner, String courseId);

    Optional<Enrollment> findByCaseAttempt(String caseAttemptId);

    Optional<Enrollment> findByQuizAttempt(String quizAttemptId);

    /** The id of the enrolment the case attempt belongs to, read without holding a lock on anything else. */
    Optional<String> enrollmentIdOfCaseAttempt(String caseAttemptId);

    /** The id of the enrolment the quiz attempt belongs to, read without holding a lock on anything else. */
    Optional<String> enrollmentIdOfQuizAttempt(String quizAttemptId);

    List<Enrollment> findByLearner(String learner);

    void add(Enrollment enrollment);

    /**
     * Locks the learner's enrolment for this transaction, before anything of it is read, so that of two concurrent
     * changes (a double click, two tabs) the second waits for the first and then reads what it wrote. Every change
     * of an enrolment or its attempts takes this lock first: one order for all, so no two wait for each other.
     *
     * @return false when the learner has no enrolment with this id
     */
    boolean lockForChange(String enrollmentId, String learner);

    /** Writes pending changes now, so that a conflicting concurrent change fails inside the use case. */
    void flush();
}
