/**
 * Certification use cases: issuing, revoking and verifying completion certificates, and the
 * {@link se.kasus.certification.application.CertificateDocument} that the PDF is made from.
 * Depends on the certification domain and on other capabilities' application types, never on infrastructure.
 */
package se.kasus.certification.application;
