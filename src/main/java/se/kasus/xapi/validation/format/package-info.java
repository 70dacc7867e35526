/**
 * Checks of the string formats that xAPI prescribes (IRI, RFC 5646 language tag, ISO 8601 timestamp and duration,
 * UUID, mailto IRI, hashes, media types): pure functions used by the constraints and the JSON reader. Depends on
 * nothing else in Kasus.
 */
package se.kasus.xapi.validation.format;
