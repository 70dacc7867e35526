package se.kasus.authoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kasus.authoring.domain.CourseDiff;
import se.kasus.authoring.domain.DocumentPath;
import se.kasus.authoring.domain.Publication;
import se.kasus.authoring.domain.PublicationRepository;
import se.kasus.content.application.CourseChecks;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.content.domain.ContentRules;
import se.kasus.shared.domain.NotFoundException;

/**
 * The published versions of a course and of one case in it (who published what and when; a version without a
 * publisher came from the folder or a zip import), and unified diffs between two versions' canonical YAML.
 */
@ApplicationScoped
@Transactional
public class CourseHistory {

    @Inject
    CourseVersions versions;

    @Inject
    PublicationRepository publications;

    @Inject
    CourseChecks checks;

    public List<VersionEntry> course(String courseId) {
        List<PublishedCourse> all = all(courseId);
        Map<Integer, Publication> published = publishedBy(courseId);
        return all.stream().map(v -> entry(v, published.get(v.versionNumber()))).toList();
    }

    /** The versions in which the case was added, changed or removed, oldest first. */
    public List<CaseVersionEntry> caseHistory(String courseId, String caseId) {
        String path = ContentRules.caseFile(caseId);
        if (!DocumentPath.isValid(path)) {
            throw new NotFoundException("fall", caseId);
        }
        Map<Integer, Publication> published = publishedBy(courseId);
        List<CaseVersionEntry> entries = new ArrayList<>();
        byte[] previous = null;
        for (PublishedCourse version : all(courseId)) {
            byte[] current = checks.canonicalFiles(version.course()).get(path);
            String change = previous == null ? (current == null ? null : "added")
                    : current == null ? "removed" : Arrays.equals(previous, current) ? null : "changed";
            if (change != null) {
                VersionEntry v = entry(version, published.get(version.versionNumber()));
                entries.add(new CaseVersionEntry(v.versionNumber(), change, v.publishedBy(), v.publishedAt(), v.contentHash()));
            }
            previous = current;
        }
        if (entries.isEmpty()) {
            throw new NotFoundException("fall", caseId);
        }
        return entries;
    }

    /** The unified diff from version {@code from} to version {@code to}, of every file or only {@code path}. */
    public String diff(String courseId, int from, int to, String path) {
        if (path != null) {
            new DocumentPath(path);
        }
        List<PublishedCourse> all = all(courseId);
        PublishedCourse before = number(all, courseId, from);
        PublishedCourse after = number(all, courseId, to);
        return CourseDiff.unified("v" + from, "v" + to, texts(before), texts(after), path);
    }

    private Map<String, String> texts(PublishedCourse version) {
        Map<String, String> texts = new LinkedHashMap<>();
        checks.canonicalFiles(version.course()).forEach((p, bytes) -> texts.put(p, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private static PublishedCourse number(List<PublishedCourse> all, String courseId, int number) {
        return all.stream().filter(v -> v.versionNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("kursversion", courseId + " version " + number));
    }

    private List<PublishedCourse> all(String courseId) {
        List<PublishedCourse> all = versions.all(courseId);
        if (all.isEmpty()) {
            throw new NotFoundException("kurs", courseId);
        }
        return all;
    }

    private Map<Integer, Publication> publishedBy(String courseId) {
        return publications.findByCourse(courseId).stream()
                .collect(Collectors.toMap(Publication::versionNumber, Function.identity(), (a, b) -> a));
    }

    private static VersionEntry entry(PublishedCourse version, Publication publication) {
        return new VersionEntry(version.versionNumber(), version.versionId(), version.contentHash(),
                version.course().info().title(),
                publication == null ? version.importedAt() : publication.publishedAt(),
                publication == null ? null : publication.publishedBy(),
                publication == null ? "import" : "authoring");
    }

    /**
     * One version of a course.
     *
     * @param publishedBy who published it from a draft; null for a version imported from files
     * @param source      {@code authoring} (published from a draft) or {@code import} (folder or zip)
     */
    public record VersionEntry(int versionNumber, long versionId, String contentHash, String title, Instant publishedAt,
                               String publishedBy, String source) {
    }

    /** A version in which the case was {@code added}, {@code changed} or {@code removed}. */
    public record CaseVersionEntry(int versionNumber, String change, String publishedBy, Instant publishedAt,
                                   String courseContentHash) {
    }
}
