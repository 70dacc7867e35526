/**
 * Certificates in the database (JPA), the first-start issue of certificates completed before they existed,
 * and the machinery behind the application's ports: key files, the sealed PDF, the VC-JWT writer.
 */
package se.kasus.certification.infrastructure;
