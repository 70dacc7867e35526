/**
 * What every HTTP exchange gets, whatever capability answers it: security headers fitting the kind of
 * response, request size limits, refusal of malformed paths, and the error pages (Swedish pages for
 * people, problem+json under {@code /api} and {@code /xapi}). May depend on {@code platform.problem}.
 */
package se.kasus.platform.web;
