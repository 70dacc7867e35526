/**
 * Certification infrastructure: the accessible, archivable certificate PDF (PDF/UA-1 and PDF/A-2a, with
 * PDFBox), its PAdES electronic seal (BouncyCastle CMS) and the sealing key in the data directory.
 * May depend on the certification application and domain packages.
 */
package se.kasus.certification.infrastructure;
