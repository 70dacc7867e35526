/**
 * A learner's enrolment and everything they do in it: case attempts with their decisions and
 * reflection, quiz attempts, scoring and completion rules. {@link se.kasus.learning.domain.Enrollment}
 * is the aggregate root. Depends on {@code shared.domain} and reads the content records of
 * {@code content.domain}.
 */
package se.kasus.learning.domain;
