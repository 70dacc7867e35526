package se.kasus.certification.application;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate as its learner and administrators see it. */
public record CertificateView(String id, String code, String learnerName, String courseId, String courseTitle,
                              String courseVersion, LocalDate completedOn, Instant issuedAt, int studyMinutes,
                              String status, Instant revokedAt, String revocationReason, String revocationReasonText,
                              String replacedBy, String verificationUrl, String pdfUrl, String credentialUrl) {
}
