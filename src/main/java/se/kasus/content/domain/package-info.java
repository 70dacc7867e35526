/**
 * The course content model: immutable records for courses, modules, cases with their decision
 * graph, question banks, principles and legal references; the rules a course must satisfy; and
 * the stored {@link se.kasus.content.domain.CourseVersion}. Other capabilities read these records.
 * Depends only on {@code shared.domain}.
 */
package se.kasus.content.domain;
