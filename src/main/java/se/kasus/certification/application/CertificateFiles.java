package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateFile;
import se.kasus.certification.domain.CertificateRepository;

/**
 * The files of a learner's certificate. The sealed PDF and the credential are made at the first download
 * and kept, under a lock on the certificate's file row, so two first downloads do not make two different
 * files and every later download is the same bytes.
 */
@ApplicationScoped
@Transactional
public class CertificateFiles {

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateService service;

    @Inject
    CertificateSettings settings;

    @Inject
    CertificateRenderer renderer;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    BadgeUrls urls;

    public Download pdf(String learner, String certificateId) {
        Certificate certificate = service.own(learner, certificateId);
        CertificateFile file = lockedFile(certificate);
        if (file.pdf().isEmpty()) {
            file.keepPdf(renderer.sealedPdf(document(certificate)));
        }
        return new Download(file.pdf().orElseThrow(), "intyg-" + certificate.code().grouped() + ".pdf");
    }

    public Download credential(String learner, String certificateId) {
        Certificate certificate = service.own(learner, certificateId);
        CertificateFile file = lockedFile(certificate);
        if (file.credential().isEmpty()) {
            file.keepCredential(credentials.issue(document(certificate), BadgeUrls.credentialId(certificate.id()), urls.revocationList(),
                    urls.issuerProfile(), urls.base().resolve("kurser/" + certificate.courseId() + "/intyg")));
        }
        return new Download(file.credential().orElseThrow().getBytes(StandardCharsets.US_ASCII),
                "intyg-" + certificate.code().grouped() + ".jwt");
    }

    /** A file to download and the name to save it under. */
    public record Download(byte[] content, String filename) {
    }

    private CertificateFile lockedFile(Certificate certificate) {
        return certificates.fileForUpdate(certificate.id()).orElseGet(() -> {
            CertificateFile file = new CertificateFile(certificate.id(), certificate.issuedAt());
            certificates.addFile(file);
            return file;
        });
    }

    CertificateDocument document(Certificate c) {
        return new CertificateDocument(c.id(), c.code().grouped(), settings.verificationUrl(c.code()), c.learnerName(),
                c.courseTitle(), c.courseVersion(), CertificateService.completedOn(c), Duration.ofMinutes(c.studyMinutes()),
                c.issuedAt(), new CertificateDocument.Issuer(c.issuerName(), c.signatoryTitle().orElse(null),
                        settings.logoPng(), settings.baseUrl()));
    }
}
