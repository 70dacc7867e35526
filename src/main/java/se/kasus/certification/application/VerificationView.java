package se.kasus.certification.application;

import java.time.LocalDate;

/** What anyone with the code may know: whether it holds, and what it certifies. Nothing else about the learner. */
public record VerificationView(String code, String status, LocalDate revokedOn, String revocationReason,
                               String revocationReasonText, String learnerName, String courseTitle,
                               String courseVersion, LocalDate completedOn, LocalDate issuedOn, String issuer) {
}
