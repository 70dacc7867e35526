/**
 * Key files, signatures and file formats for certificates: the Open Badges signing key and the VC-JWT writer.
 * Implements interfaces of {@code certification.application}.
 */
package se.kasus.certification.infrastructure;
