/**
 * REST resources for accounts: the administrators' user API and {@code /api/me}. Depends on
 * {@code identity.application} and {@code platform.security}.
 */
package se.kasus.identity.api;
