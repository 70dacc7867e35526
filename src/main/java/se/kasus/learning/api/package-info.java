/**
 * The case-player API: enrolments, case attempts, decisions, reflections, quizzes and
 * summaries for the logged-in learner. Depends on {@code learning.application} and
 * {@code platform.security}.
 */
package se.kasus.learning.api;
