/**
 * Authentication: role names, the mechanism for API clients (HTTP Basic) and web pages (form
 * login, session), and the CSRF guard. The mechanism checks credentials through the container's
 * identity store handler; the store over the account tables lives in {@code identity.infrastructure}.
 * May depend on {@code platform.problem}.
 */
package se.kasus.platform.security;
