/**
 * Public documents about certificates: the JWK Set at {@code /.well-known/jwks.json}, the Open Badges issuer
 * profile, signing keys and revocation list under {@code /api/public/badges}. Depends on
 * {@code certification.application}.
 */
package se.kasus.certification.api;
