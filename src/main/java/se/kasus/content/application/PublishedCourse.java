package se.kasus.content.application;

import java.time.Instant;
import se.kasus.content.domain.Course;

/** A stored course version, ready to play. */
public record PublishedCourse(long versionId, int versionNumber, String contentHash, Instant importedAt, Course course) {
}
