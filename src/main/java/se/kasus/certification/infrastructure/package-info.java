/**
 * Certificates in the database (JPA), the first-start issue of certificates completed before they
 * existed, and the PDF, seal and credential machinery behind the application's ports.
 */
package se.kasus.certification.infrastructure;
