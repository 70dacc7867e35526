/**
 * Certificates' use cases and the documents published about them: the certificate record handed to the PDF and
 * credential writers, the Open Badges 3.0 credential, issuer profile and revocation list. Depends on
 * {@code certification.domain} and {@code shared.domain}.
 */
package se.kasus.certification.application;
