package se.kasus.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.CourseVersion;
import se.kasus.content.domain.CourseVersionRepository;

/**
 * Stored course versions. Versions never change once stored, so their parsed form is cached by id.
 */
@ApplicationScoped
@Transactional
public class CourseVersions {

    @Inject
    CourseVersionRepository repository;

    @Inject
    CourseSnapshots snapshots;

    @Inject
    Clock clock;

    private final Map<Long, PublishedCourse> cache = new ConcurrentHashMap<>();

    /** Stores the course as a new version unless a version with the same hash exists. */
    public ImportOutcome store(Course course, String contentHash) {
        Optional<CourseVersion> same = repository.findByHash(course.id(), contentHash);
        if (same.isPresent()) {
            return new ImportOutcome(published(same.get()), false);
        }
        int next = repository.findLatest(course.id()).map(v -> v.versionNumber() + 1).orElse(1);
        CourseVersion version = new CourseVersion(course.id(), next, contentHash, course.info().title(), clock.instant(),
                snapshots.write(course), snapshots.format());
        repository.add(version);
        // Not cached yet: if the commit fails (another instance stored the same content first), the id is not real.
        return new ImportOutcome(parsed(version), true);
    }

    public Optional<PublishedCourse> latest(String courseId) {
        return repository.findLatest(courseId).map(this::published);
    }

    public List<PublishedCourse> allLatest() {
        return repository.findAllLatest().stream().map(this::published).toList();
    }

    /** Every stored version of the course, oldest first (empty for an unknown course). */
    public List<PublishedCourse> all(String courseId) {
        return repository.findAll(courseId).stream().map(this::published).toList();
    }

    public Optional<PublishedCourse> version(long versionId) {
        PublishedCourse cached = cache.get(versionId);
        return cached != null ? Optional.of(cached) : repository.findById(versionId).map(this::published);
    }

    private PublishedCourse published(CourseVersion version) {
        return cache.computeIfAbsent(version.id(), id -> parsed(version));
    }

    private PublishedCourse parsed(CourseVersion version) {
        return new PublishedCourse(version.id(), version.versionNumber(), version.contentHash(), version.importedAt(),
                snapshots.read(version.snapshot(), version.snapshotFormat()));
    }

    /** The version that holds the imported content, and whether this import created it. */
    public record ImportOutcome(PublishedCourse version, boolean created) {
    }
}
