/**
 * Reading course folders (YAML, JSON Schema), the JSON snapshot of a version, the JPA
 * repository, the start-up import and the readiness check. May depend on
 * {@code content.application} and {@code content.domain}.
 */
package se.kasus.content.infrastructure;
