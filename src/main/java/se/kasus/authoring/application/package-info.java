/**
 * Authoring use cases: drafts written document by document with revision checks, checked with the import's own
 * checks ({@code content.application.CourseChecks}), published through the content import into a new course
 * version, and the history and diff of published versions. Every change is audited. The transaction boundary.
 * Depends on {@code authoring.domain}, {@code content.application}, {@code content.domain} and the platform.
 */
package se.kasus.authoring.application;
