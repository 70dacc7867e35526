/**
 * Certificates over HTTP: the learner's own (list, PDF, credential), public verification by code, the
 * administrators' list with revoke and re-issue, and the public documents a verifier of a credential needs:
 * the JWK Set at {@code /.well-known/jwks.json}, the Open Badges issuer profile, signing keys and revocation
 * list under {@code /api/public/badges}. Errors are problem+json through platform.problem. Depends on
 * {@code certification.application}.
 */
package se.kasus.certification.api;
