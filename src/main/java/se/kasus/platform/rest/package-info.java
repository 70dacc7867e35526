/** The JAX-RS application: the API lives under {@code /api}. Depends on nothing else in Kasus. */
package se.kasus.platform.rest;
