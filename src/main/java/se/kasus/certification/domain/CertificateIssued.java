package se.kasus.certification.domain;

import java.time.Instant;

/**
 * A certificate was issued to a learner, published inside the issuing transaction (tracking makes
 * an xAPI statement of it, which commits or rolls back with the certificate).
 */
public record CertificateIssued(String certificateId, String learner, String enrollmentId, String registration,
                                String courseId, long courseVersionId, String courseTitle, String verificationUrl,
                                Instant at) {
}
