/**
 * JAX-RS resources for cmi5: the course package for trainers and admins, the structure at its stable URL, and
 * the web side of an LMS launch (the launch itself and the Swedish error page for a launch that cannot start).
 * May depend on {@code cmi5.domain} and {@code cmi5.application}.
 */
package se.kasus.cmi5.api;
