/**
 * Authoring use cases: drafts written document by document with revision checks, checked with the import's own
 * checks ({@code content.application.CourseChecks}), published through the content import into a new course
 * version, the history and diff of published versions, and the preview of a draft's case by the learner's rules
 * ({@code learning.application.CasePreview}), which stores nothing. Every change is audited. The transaction boundary.
 * Depends on {@code authoring.domain}, {@code content.application}, {@code content.domain},
 * {@code learning.application}, {@code learning.domain} and the platform.
 */
package se.kasus.authoring.application;
