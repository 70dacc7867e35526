/**
 * Authoring: a {@link se.kasus.authoring.domain.Draft} is a whole course held as its source documents (the
 * course-content layout, one JSON document per file), changed only at the revision the writer last saw; a
 * {@link se.kasus.authoring.domain.Publication} records who published which version; and
 * {@link se.kasus.authoring.domain.CourseDiff} compares two versions' files. Depends only on {@code shared.domain}
 * (and java-diff-utils).
 */
package se.kasus.authoring.domain;
