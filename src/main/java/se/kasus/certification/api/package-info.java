/**
 * Certificates over HTTP: the learner's own (list, PDF, credential), public verification by code, and
 * the administrators' list with revoke and re-issue. Errors are problem+json through platform.problem.
 */
package se.kasus.certification.api;
