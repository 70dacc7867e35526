package se.kasus.certification.application;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate in the administrators' list: the learner's view plus whose it is and their unit. */
public record AdminCertificateView(String id, String code, String learnerName, String courseId, String courseTitle,
                                   String courseVersion, LocalDate completedOn, Instant issuedAt, int studyMinutes,
                                   String status, Instant revokedAt, String revocationReason,
                                   String revocationReasonText, String replacedBy, String verificationUrl,
                                   String learner, String orgUnitId, String orgUnitName, String revocationNote,
                                   String revokedBy) {
}
