/**
 * The web side of an LMS launch: the Swedish error page for a launch that cannot start. May depend on
 * {@code cmi5.domain} and {@code cmi5.application}.
 */
package se.kasus.cmi5.api;
