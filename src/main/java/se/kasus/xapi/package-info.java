/**
 * The Experience API (xAPI 1.0.3 and IEEE 9274.1.1, xAPI 2.0) for Kasus: an immutable statement model, its JSON
 * form, the specification's rules as Bean Validation constraints, and a client for a remote Learning Record Store.
 * This package and its subpackages depend on nothing else in Kasus.
 */
package se.kasus.xapi;
