package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateRepository;
import se.kasus.certification.domain.RevocationReason;
import se.kasus.identity.application.OrgUnitAdministration;
import se.kasus.identity.application.OrgUnitView;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.platform.security.CurrentUser;
import se.kasus.shared.domain.NotFoundException;

/** What administrators do with certificates: find them, revoke them, issue a corrected one. Every change is audited. */
@ApplicationScoped
@Transactional
public class CertificateAdministration {

    static final int MAX_RESULTS = 200;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateService service;

    @Inject
    OrgUnitAdministration units;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Newest first. {@code to} includes that whole day. */
    public List<AdminCertificateView> search(String text, String orgUnitId, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(CertificateSettings.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(CertificateSettings.ZONE).toInstant();
        Map<String, String> unitNames = units.all().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::path));
        return certificates.search(text, blankToNull(orgUnitId), start, end, MAX_RESULTS).stream()
                .map(c -> view(c, unitNames::get)).toList();
    }

    public AdminCertificateView revoke(String certificateId, RevocationReason reason, String note) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("intyg", certificateId));
        certificate.revoke(reason, note, currentUser.username(), clock.instant());
        auditTrail.record("CERTIFICATE_REVOKED", certificate.code().grouped() + " " + certificate.learner(),
                reason.name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return view(certificate, this::unitName);
    }

    public AdminCertificateView reissue(String certificateId, RevocationReason reason, String correctedName) {
        Certificate old = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("intyg", certificateId));
        Certificate successor = issuing.reissue(certificateId, reason, correctedName, currentUser.username());
        auditTrail.record("CERTIFICATE_REISSUED", successor.code().grouped() + " " + successor.learner(),
                "ersätter " + old.code().grouped() + " (" + reason.name() + ")");
        return view(successor, this::unitName);
    }

    private String unitName(String id) {
        return units.all().stream().filter(u -> u.id().equals(id)).map(OrgUnitView::path).findFirst().orElse(null);
    }

    private AdminCertificateView view(Certificate c, Function<String, String> unitName) {
        CertificateView v = service.view(c);
        String unit = c.orgUnitId().orElse(null);
        return new AdminCertificateView(v.id(), v.code(), v.learnerName(), v.courseId(), v.courseTitle(), v.courseVersion(),
                v.completedOn(), v.issuedAt(), v.studyMinutes(), v.status(), v.revokedAt(), v.revocationReason(),
                v.revocationReasonText(), v.replacedBy(), v.verificationUrl(), c.learner(), unit,
                unit == null ? null : unitName.apply(unit), c.revocationNote().orElse(null), c.revokedBy().orElse(null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
