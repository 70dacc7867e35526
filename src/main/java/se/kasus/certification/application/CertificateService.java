package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateRepository;
import se.kasus.certification.domain.RevocationReason;
import se.kasus.shared.domain.NotFoundException;

/**
 * The learner's certificates. Someone else's certificate answers "not found", exactly like one that does
 * not exist.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateSettings settings;

    /**
     * The learner's certificates, newest first. A course completed before certificates existed gets its
     * certificate now, once.
     */
    public List<CertificateView> mine(String learner) {
        for (String enrollmentId : certificates.completedEnrollmentsWithoutCertificate(learner, 100)) {
            try {
                issuing.issueIfMissing(enrollmentId);
            } catch (RuntimeException e) {
                // Its own transaction failed (a concurrent issue, say): the list shows what exists; the next visit tries again.
                LOG.log(Level.WARNING, "Could not issue the missing certificate of enrolment " + enrollmentId, e);
            }
        }
        return certificates.findByLearner(learner).stream()
                .sorted(Comparator.comparing(Certificate::issuedAt).reversed())
                .map(this::view).toList();
    }

    Certificate own(String learner, String certificateId) {
        return certificates.findById(certificateId).filter(c -> c.belongsTo(learner))
                .orElseThrow(() -> new NotFoundException("intyg", certificateId));
    }

    static LocalDate completedOn(Certificate c) {
        return LocalDate.ofInstant(c.completedAt(), CertificateSettings.ZONE);
    }

    CertificateView view(Certificate c) {
        RevocationReason reason = c.revocationReason().orElse(null);
        return new CertificateView(c.id(), c.code().grouped(), c.learnerName(), c.courseId(), c.courseTitle(),
                c.courseVersion(), completedOn(c), c.issuedAt(), c.studyMinutes(), c.isRevoked() ? "REVOKED" : "VALID",
                c.revokedAt().orElse(null), reason == null ? null : reason.name(),
                reason == null ? null : reason.swedish(), c.replacedBy().orElse(null),
                settings.verificationUrl(c.code()), "/api/me/certificates/" + c.id() + "/pdf",
                "/api/me/certificates/" + c.id() + "/credential");
    }
}
