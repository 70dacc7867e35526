/**
 * JPA repository for accounts, the database identity store that checks callers against the
 * account tables, PBKDF2 hashing through Jakarta Security and the start-up hook that creates the
 * first administrator. May depend on {@code identity.application}, {@code identity.domain} and
 * {@code platform.security} (role names).
 */
package se.kasus.identity.infrastructure;
