package se.kasus.certification.application;

/** Makes the certificate's Open Badges 3.0 credential, signed as a VC-JWT. */
public interface CredentialSigner {

    String signedCredential(CertificateDocument document);
}
