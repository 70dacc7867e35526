package se.kasus.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.Course;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.RejectedWithReportException;

/**
 * Imports every course folder. A course with a broken file is skipped with one log line per
 * problem; the others are imported, so one bad file never keeps the server from starting.
 * Instances that start together on one database may import the same content at the same moment:
 * the unique version number and content hash let one store it, and the other, retrying, finds it.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());
    /** Attempts to store one course; a conflict with a concurrent import is followed by another attempt. */
    static final int STORE_ATTEMPTS = 3;

    @Inject
    CourseSource source;

    @Inject
    CourseVersions versions;

    private final AtomicBoolean imported = new AtomicBoolean();

    public ImportReport importAll() {
        List<ImportReport.Imported> done = new ArrayList<>();
        List<ContentProblem> skipped = new ArrayList<>();
        for (LoadedCourse loaded : source.readAll()) {
            List<ContentProblem> problems = CourseChecks.problemsOf(loaded);
            if (!problems.isEmpty()) {
                problems.forEach(p -> LOG.severe("Kasus content: " + loaded.folder() + "/" + p));
                LOG.severe("Kasus content: course folder " + loaded.folder() + " skipped (" + problems.size() + " problems)");
                skipped.addAll(problems);
                continue;
            }
            Course course = loaded.course();
            CourseVersions.ImportOutcome outcome = store(course, loaded.contentHash());
            LOG.info(String.format("Kasus content: course %s version %d %s: %d modules, %d cases, %d steps, %d questions",
                    course.id(), outcome.version().versionNumber(), outcome.created() ? "imported" : "unchanged",
                    course.modules().size(), course.cases().size(), course.stepCount(), course.questionCount()));
            done.add(new ImportReport.Imported(course.id(), outcome.version().versionNumber(), outcome.created()));
        }
        imported.set(true);
        return new ImportReport(done, skipped);
    }

    /**
     * Imports one course read from an uploaded zip with the same checks as the folder import: stored as a new
     * version unless one with the same content exists, or refused with every problem (422).
     */
    public ImportReport.Imported importOne(LoadedCourse loaded) {
        CourseVersions.ImportOutcome outcome = storeChecked(loaded);
        LOG.info(String.format("Kasus content: course %s version %d %s from an uploaded zip", loaded.course().id(),
                outcome.version().versionNumber(), outcome.created() ? "imported" : "unchanged"));
        return new ImportReport.Imported(loaded.course().id(), outcome.version().versionNumber(), outcome.created());
    }

    /**
     * The checks and store of {@link #importOne} for any caller (authoring's publish): the stored version, or the
     * existing one with the same content, or refused with every problem (422).
     */
    public CourseVersions.ImportOutcome storeChecked(LoadedCourse loaded) {
        List<ContentProblem> problems = CourseChecks.problemsOf(loaded);
        if (!problems.isEmpty()) {
            List<InvalidInputException.Violation> violations = problems.stream()
                    .map(p -> new InvalidInputException.Violation(p.file() + " " + p.field(), "[" + p.rule() + "] " + p.message()))
                    .toList();
            String count = problems.size() == 1 ? "1 fel" : problems.size() + " fel";
            throw new RejectedWithReportException("content-import-rejected",
                    "Kursen importerades inte: filerna har " + count + ". Rätta dem och försök igen.", violations,
                    new ProblemReport(loaded.folder(), problems));
        }
        return store(loaded.course(), loaded.contentHash());
    }

    /** The problems of a refused import, as the problem's {@code report} member. */
    public record ProblemReport(String folder, List<ContentProblem> problems) {
    }

    private CourseVersions.ImportOutcome store(Course course, String contentHash) {
        for (int attempt = 1; ; attempt++) {
            try {
                return versions.store(course, contentHash);
            } catch (RuntimeException e) {
                if (attempt == STORE_ATTEMPTS) {
                    throw e;
                }
                LOG.info("Kasus content: storing course " + course.id() + " conflicted with another import ("
                        + e.getClass().getSimpleName() + "); trying again");
            }
        }
    }

    /** True once an import has run; readiness waits for it. */
    public boolean hasImported() {
        return imported.get();
    }

    public record ImportReport(List<Imported> imported, List<ContentProblem> problems) {

        public record Imported(String courseId, int versionNumber, boolean created) {
        }
    }
}
