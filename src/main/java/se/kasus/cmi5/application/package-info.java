/**
 * cmi5 use cases: the course structure (cmi5.xml) and the package an LMS imports, made from the latest
 * published course version. Depends on {@code content.application}, {@code content.domain} and
 * {@code cmi5.domain}.
 */
package se.kasus.cmi5.application;
