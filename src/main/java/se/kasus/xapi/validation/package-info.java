/**
 * Validation of xAPI statements against the specification: {@link se.kasus.xapi.validation.XapiValidator} checks
 * JSON text or model values and reports each broken rule with its JSONPath and a link to the specification section.
 * The rules themselves live in {@code constraints}, the string formats in {@code format}. Depends on nothing else in
 * Kasus.
 */
package se.kasus.xapi.validation;
