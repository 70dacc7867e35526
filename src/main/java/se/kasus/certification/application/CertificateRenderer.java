package se.kasus.certification.application;

/** Makes the certificate's PDF, sealed: PDF/UA-1 and PDF/A-2a, with a PAdES signature. */
public interface CertificateRenderer {

    byte[] sealedPdf(CertificateDocument document);
}
