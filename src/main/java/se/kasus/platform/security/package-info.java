/**
 * Authentication: role names, the identity store over the account tables, the mechanism for API
 * clients (HTTP Basic) and web pages (form login, session), and the CSRF guard. May depend on
 * {@code platform.problem}.
 */
package se.kasus.platform.security;
