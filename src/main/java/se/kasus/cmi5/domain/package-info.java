/**
 * cmi5 (the xAPI profile by which an LMS launches Kasus as assignable units): launch modes, moveOn
 * criteria, the launch context of one AU session and the cmi5 statements built from it. Depends on the
 * {@code xapi} model only.
 */
package se.kasus.cmi5.domain;
