/**
 * Authentication for the API: role names, the identity store over the account tables and the
 * HTTP Basic mechanism that answers 401 as problem+json. May depend on {@code platform.problem}.
 */
package se.kasus.platform.security;
