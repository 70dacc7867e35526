/**
 * Issuing, revoking, re-issuing and verifying completion certificates, and making their files (the
 * sealed PDF and the signed Open Badges credential) through the ports {@link
 * se.kasus.certification.application.CertificateRenderer} and {@link
 * se.kasus.certification.application.CredentialSigner}. The transaction boundary; returns views, never
 * entities. Depends on {@code certification.domain}, {@code learning.domain} (the completion event and
 * the enrolment), {@code content.application} and {@code identity.application}.
 */
package se.kasus.certification.application;
