/**
 * The rules of xAPI 1.0.3 (Data, Part Two) and IEEE 9274.1.1 (xAPI 2.0) as Bean Validation constraints, one
 * annotation per rule with its validator nested inside and a {@code spec} attribute linking the section it enforces.
 * Depends on nothing else in Kasus.
 */
package se.kasus.xapi.validation.constraints;
