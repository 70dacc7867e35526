/**
 * cmi5 use cases: the course structure (cmi5.xml) and the package an LMS imports, made from the latest
 * published course version; starting an AU launch (the port to the LMS and the order of its calls).
 * Depends on {@code content.application}, {@code content.domain} and {@code cmi5.domain}.
 */
package se.kasus.cmi5.application;
