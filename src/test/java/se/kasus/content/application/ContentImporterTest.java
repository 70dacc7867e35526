package se.kasus.content.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.Course;

/** Two instances importing the same course at once: the one that loses the insert finds the other's version. */
class ContentImporterTest {

    private final Course course = ContentFixtures.validCourse();
    private final ContentImporter importer = new ContentImporter();

    @Test
    void aConflictWithAConcurrentImportIsFollowedByAnAttemptThatFindsTheStoredVersion() {
        RacingVersions versions = new RacingVersions(1);
        importer.source = () -> List.of(new LoadedCourse("test-course", course, "hash-1", List.of()));
        importer.versions = versions;

        ContentImporter.ImportReport report = importer.importAll();

        assertThat(versions.calls).isEqualTo(2);
        assertThat(report.imported()).containsExactly(new ContentImporter.ImportReport.Imported("test-course", 1, false));
        assertThat(importer.hasImported()).isTrue();
    }

    @Test
    void aStoreThatKeepsFailingFailsTheImport() {
        RacingVersions versions = new RacingVersions(ContentImporter.STORE_ATTEMPTS);
        importer.source = () -> List.of(new LoadedCourse("test-course", course, "hash-1", List.of()));
        importer.versions = versions;

        assertThatThrownBy(importer::importAll).hasMessageContaining("duplicate key");
        assertThat(versions.calls).isEqualTo(ContentImporter.STORE_ATTEMPTS);
    }

    /** Fails the first {@code conflicts} stores as the database does when another instance inserted first. */
    private final class RacingVersions extends CourseVersions {

        private final int conflicts;
        int calls;

        RacingVersions(int conflicts) {
            this.conflicts = conflicts;
        }

        @Override
        public ImportOutcome store(Course stored, String contentHash) {
            calls++;
            if (calls <= conflicts) {
                throw new IllegalStateException("duplicate key value violates unique constraint \"uq_cv_hash\"");
            }
            return new ImportOutcome(new PublishedCourse(7L, 1, contentHash, Instant.EPOCH, stored), false);
        }
    }
}
