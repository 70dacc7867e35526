/**
 * The learner's use cases: enrol, play a case, reflect, take a quiz, see progress and
 * summaries. The transaction boundary, and the retry of a use case that lost a race in the
 * database; returns view records, never entities.
 * Depends on {@code learning.domain}, {@code content.application} and {@code content.domain}.
 */
package se.kasus.learning.application;
