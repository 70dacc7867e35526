/**
 * Starting an AU launch: the port to the LMS and the order of its calls. May depend on {@code cmi5.domain}.
 */
package se.kasus.cmi5.application;
