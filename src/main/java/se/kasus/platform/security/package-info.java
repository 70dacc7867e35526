/**
 * Authentication: role names, the mechanism for API clients (HTTP Basic) and web pages (form
 * login, session), and the CSRF guard. The mechanism checks credentials through the container's
 * identity store handler; the store over the account tables lives in {@code identity.infrastructure}.
 * Login throttling ({@link se.kasus.platform.security.LoginThrottle}). May depend on {@code platform.problem}
 * and {@code platform.web}.
 */
package se.kasus.platform.security;
