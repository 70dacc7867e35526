package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.random.RandomGenerator;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateFile;
import se.kasus.certification.domain.CertificateIssued;
import se.kasus.certification.domain.CertificateRepository;
import se.kasus.certification.domain.RevocationReason;
import se.kasus.certification.domain.VerificationCode;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.identity.application.AccountService;
import se.kasus.identity.application.AccountView;
import se.kasus.learning.domain.Enrollment;
import se.kasus.learning.domain.EnrollmentRepository;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;

/**
 * Issues certificates. A completed course issues certificate number 1 of its enrolment exactly once:
 * in the completing transaction itself (the enrolment is locked there, so two concurrent completions
 * are one after the other and only the first completes), or later for enrolments completed before
 * certificates existed, again under the enrolment's lock. A re-issue revokes the current certificate
 * and issues the next number.
 */
@ApplicationScoped
public class CertificateIssuing {

    /** Estimated minutes for a module's knowledge check, added to the cases' own estimates. */
    static final int QUIZ_MINUTES = 10;

    @Inject
    CertificateRepository certificates;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    CourseVersions versions;

    @Inject
    AccountService accounts;

    @Inject
    CertificateSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateIssued> issued;

    private final RandomGenerator random = new SecureRandom();

    /** Runs inside the learner's transaction that completed the course: the certificate commits with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCourseCompleted(@Observes LearningEvent.CourseCompleted event) {
        LearningEvent.Where where = event.where();
        if (certificates.findByEnrollment(where.enrollmentId()).isEmpty()) {
            issue(facts(where.enrollmentId(), where.learner(), where.courseId(), where.courseVersionId(), where.at()),
                    1, where.registration());
        }
    }

    /**
     * Issues the first certificate of an enrolment that was completed without getting one (before this
     * version of Kasus); does nothing if it is not complete or already has one.
     *
     * @return whether a certificate was issued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean issueIfMissing(String enrollmentId) {
        Optional<Enrollment> found = enrollments.findById(enrollmentId);
        if (found.isEmpty() || !enrollments.lockForChange(enrollmentId, found.get().learner())) {
            return false;
        }
        Enrollment enrollment = found.get();
        if (enrollment.completedAt().isEmpty() || !certificates.findByEnrollment(enrollmentId).isEmpty()) {
            return false;
        }
        issue(facts(enrollmentId, enrollment.learner(), enrollment.courseId(), enrollment.courseVersionId(),
                enrollment.completedAt().get()), 1, enrollment.registration());
        return true;
    }

    /**
     * Revokes the certificate and issues its successor with the same facts, the learner's name corrected
     * if a new one is given (else as the account says now).
     */
    @Transactional
    public Certificate reissue(String certificateId, RevocationReason reason, String correctedName, String by) {
        Certificate current = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("intyg", certificateId));
        Enrollment enrollment = enrollments.findById(current.enrollmentId())
                .orElseThrow(() -> new NotFoundException("kursregistrering", current.enrollmentId()));
        enrollments.lockForChange(enrollment.id(), enrollment.learner());
        if (current.replacedBy().isPresent()) {
            throw new ConflictException("certificate-replaced",
                    "Intyget har redan ersatts av ett nytt. Utfärda på nytt från det senaste intyget.");
        }
        String name = correctedName != null && !correctedName.isBlank() ? correctedName.strip()
                : accounts.byUsername(current.learner()).displayName();
        int next = certificates.findByEnrollment(enrollment.id()).stream()
                .map(Certificate::issueNumber).max(Comparator.naturalOrder()).orElse(0) + 1;
        Certificate successor = issue(current.facts().withLearnerName(name), next, enrollment.registration());
        if (current.isRevoked()) {
            current.markReplacedBy(successor);
        } else {
            current.replaceBy(successor, reason, null, by, clock.instant());
        }
        return successor;
    }

    private Certificate issue(Certificate.Facts facts, int number, String registration) {
        Instant now = clock.instant();
        Certificate certificate = new Certificate(facts, number, VerificationCode.random(random), now);
        certificates.add(certificate);
        certificates.addFile(new CertificateFile(certificate.id(), now));
        certificates.flush();
        issued.fire(new CertificateIssued(certificate.id(), facts.learner(), facts.enrollmentId(), registration,
                facts.courseId(), facts.courseVersionId(), facts.courseTitle(),
                settings.verificationUrl(certificate.code()), now));
        return certificate;
    }

    private Certificate.Facts facts(String enrollmentId, String learner, String courseId, long courseVersionId,
                                    Instant completedAt) {
        AccountView account = accounts.byUsername(learner);
        PublishedCourse published = versions.version(courseVersionId)
                .orElseThrow(() -> new NotFoundException("kursversion", String.valueOf(courseVersionId)));
        return new Certificate.Facts(enrollmentId, learner, account.displayName(), account.orgUnitId(), courseId,
                published.course().info().title(), String.valueOf(published.versionNumber()), courseVersionId,
                completedAt, studyMinutes(published.course()), settings.issuerName(),
                settings.signatoryTitle().orElse(null));
    }

    /** The cases' own estimates and a fixed time for each module's knowledge check. */
    static int studyMinutes(Course course) {
        int cases = course.cases().stream().mapToInt(CaseDefinition::estimatedMinutes).sum();
        long quizzes = course.modules().stream().filter(m -> m.quiz() != null).count();
        return cases + (int) quizzes * QUIZ_MINUTES;
    }
}
