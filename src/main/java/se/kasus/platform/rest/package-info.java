/**
 * The JAX-RS applications: the API under {@code /api}, the LRS under {@code /xapi} and the published keys under
 * {@code /.well-known}. The composition root: lists every capability's resources.
 */
package se.kasus.platform.rest;
