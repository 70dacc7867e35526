package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kasus.certification.application.CertificateDocument;
import se.kasus.certification.application.CertificateRenderer;

/** The certificate's PDF (PDFBox, PDF/UA-1 and PDF/A-2a), then its PAdES seal in an incremental update. */
@ApplicationScoped
public class SealedCertificateRenderer implements CertificateRenderer {

    @Inject
    CertificatePdf pdf;

    @Inject
    PdfSealer sealer;

    @Override
    public byte[] sealedPdf(CertificateDocument document) {
        return sealer.seal(pdf.render(document));
    }
}
