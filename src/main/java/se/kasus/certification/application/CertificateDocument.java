package se.kasus.certification.application;

/** Everything printed on a certificate and put into its credential. */
public record CertificateDocument(String certificateId, String verificationCode, String verificationUrl,
    String learnerName, String courseTitle, String courseVersion, java.time.LocalDate completedOn,
    java.time.Duration studyTime, java.time.Instant issuedAt, Issuer issuer) {
  public record Issuer(String organisation, String signatoryTitle, byte[] logoPng /* may be null */,
      String url /* the issuer's stable public URL base, e.g. https://kurs.example.se/ */) {}
}
