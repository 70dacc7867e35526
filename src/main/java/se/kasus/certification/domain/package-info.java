/**
 * Completion certificates: what was certified to whom, its verification code, its revocation.
 * Depends only on {@code shared.domain}; JPA annotations are allowed on the entities.
 */
package se.kasus.certification.domain;
