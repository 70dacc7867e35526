/**
 * The AU's side of the conversation with the LMS: parsing the launch URL, the one POST to the fetch URL, and
 * reading LMS.LaunchData (State resource) and cmi5LearnerPreferences (Agent Profile resource). May depend on
 * {@code cmi5.domain} and {@code xapi}.
 */
package se.kasus.cmi5.infrastructure;
