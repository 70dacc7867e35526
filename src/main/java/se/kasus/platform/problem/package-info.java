/**
 * RFC 9457 problem details: the {@link se.kasus.platform.problem.ProblemDetail} body and every
 * {@code ExceptionMapper} of the API. Resources never build error bodies themselves.
 * May depend on {@code shared.domain}.
 */
package se.kasus.platform.problem;
