/** JPA repository for enrolments. May depend on {@code learning.domain}. */
package se.kasus.learning.infrastructure;
