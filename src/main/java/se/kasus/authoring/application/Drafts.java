package se.kasus.authoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kasus.authoring.application.DraftViews.DocumentEntry;
import se.kasus.authoring.application.DraftViews.DocumentText;
import se.kasus.authoring.application.DraftViews.DraftSummary;
import se.kasus.authoring.application.DraftViews.DraftView;
import se.kasus.authoring.application.DraftViews.ProblemReport;
import se.kasus.authoring.application.DraftViews.PublishResult;
import se.kasus.authoring.application.DraftViews.StartDraft;
import se.kasus.authoring.application.DraftViews.WriteResult;
import se.kasus.authoring.domain.DocumentPath;
import se.kasus.authoring.domain.Draft;
import se.kasus.authoring.domain.DraftRepository;
import se.kasus.authoring.domain.Publication;
import se.kasus.authoring.domain.PublicationRepository;
import se.kasus.authoring.domain.StaleRevisionException;
import se.kasus.content.application.ContentImporter;
import se.kasus.content.application.CourseChecks;
import se.kasus.content.application.CourseExport;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.Course;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.platform.security.CurrentUser;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RejectedWithReportException;
import se.kasus.shared.domain.StaleStateException;

/**
 * Drafts of courses: started from a published version (or empty, or from posted documents), written one document at
 * a time at the revision the writer saw, checked with the import's checks after every change, and published through
 * the import into a new course version. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class Drafts {

    public static final String CREATED = "DRAFT_CREATED";
    public static final String DOCUMENT_SAVED = "DRAFT_DOCUMENT_SAVED";
    public static final String DOCUMENT_DELETED = "DRAFT_DOCUMENT_DELETED";
    public static final String DELETED = "DRAFT_DELETED";
    public static final String PUBLISHED = "DRAFT_PUBLISHED";

    @Inject
    DraftRepository drafts;

    @Inject
    PublicationRepository publications;

    @Inject
    CourseVersions versions;

    @Inject
    CourseChecks checks;

    @Inject
    ContentImporter importer;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<DraftSummary> list() {
        return drafts.findAll().stream().map(d -> new DraftSummary(d.id(), d.courseId(), d.revision(), d.basedOnVersion(),
                d.updatedBy(), d.updatedAt())).toList();
    }

    public DraftView start(StartDraft request) {
        String courseId = request.courseId();
        Map<String, String> documents = new TreeMap<>();
        Integer basedOn = null;
        String origin;
        if (request.documents() != null && !request.documents().isEmpty()) {
            request.documents().forEach((path, json) -> documents.put(new DocumentPath(path).value(), DraftJson.normalised(json)));
            origin = "från " + documents.size() + " dokument";
        } else if (request.empty()) {
            Map<String, Object> course = new LinkedHashMap<>();
            course.put("id", courseId);
            course.put("title", "");
            course.put("language", "sv");
            course.put("modules", List.of());
            documents.put("course.yaml", DraftJson.of(course));
            documents.put("principles.yaml", DraftJson.of(Map.of("principles", List.of())));
            origin = "tomt";
        } else {
            String source = request.copyOf() == null ? courseId : request.copyOf();
            PublishedCourse published = versions.latest(source).orElseThrow(() -> new NotFoundException("kurs", source));
            CourseExport.documents(published.course()).forEach((path, document) -> {
                if (path.equals("course.yaml") && !source.equals(courseId)) {
                    document = new LinkedHashMap<>(document);
                    document.put("id", courseId);
                }
                documents.put(path, DraftJson.of(document));
            });
            if (source.equals(courseId)) {
                basedOn = published.versionNumber();
                origin = "från version " + basedOn;
            } else {
                origin = "som kopia av " + source + " version " + published.versionNumber();
            }
        }
        Draft draft = new Draft(courseId, basedOn, documents, currentUser.username(), clock.instant());
        drafts.add(draft);
        auditTrail.record(CREATED, courseId, "Utkast " + draft.id() + " skapat " + origin);
        return view(draft);
    }

    public DraftView view(String draftId) {
        return view(find(draftId));
    }

    public List<ContentProblem> problems(String draftId) {
        return check(find(draftId)).problems();
    }

    public DocumentText document(String draftId, String path) {
        Draft draft = find(draftId);
        DocumentPath documentPath = new DocumentPath(path);
        String json = draft.document(documentPath).orElseThrow(() -> new NotFoundException("dokument", path));
        return new DocumentText(path, draft.revision(), json);
    }

    public WriteResult write(String draftId, String path, String json, long expectedRevision) {
        Draft draft = find(draftId);
        DocumentPath documentPath = new DocumentPath(path);
        String text = DraftJson.normalised(json);
        try {
            draft.write(documentPath, text, expectedRevision, currentUser.username(), clock.instant());
        } catch (StaleRevisionException e) {
            throw stale(draft, e, documentPath);
        }
        drafts.flush();
        auditTrail.record(DOCUMENT_SAVED, draft.courseId(), "Utkast " + draft.id() + ": " + path + " sparat (revision "
                + draft.revision() + ")");
        return new WriteResult(draft.id(), path, draft.revision(), check(draft).problems());
    }

    public WriteResult deleteDocument(String draftId, String path, long expectedRevision) {
        Draft draft = find(draftId);
        DocumentPath documentPath = new DocumentPath(path);
        boolean removed;
        try {
            removed = draft.remove(documentPath, expectedRevision, currentUser.username(), clock.instant());
        } catch (StaleRevisionException e) {
            throw stale(draft, e, documentPath);
        }
        if (!removed) {
            throw new NotFoundException("dokument", path);
        }
        drafts.flush();
        auditTrail.record(DOCUMENT_DELETED, draft.courseId(), "Utkast " + draft.id() + ": " + path + " borttaget (revision "
                + draft.revision() + ")");
        return new WriteResult(draft.id(), path, draft.revision(), check(draft).problems());
    }

    public void delete(String draftId, long expectedRevision) {
        Draft draft = find(draftId);
        try {
            draft.requireRevision(expectedRevision);
        } catch (StaleRevisionException e) {
            throw stale(draft, e, null);
        }
        drafts.remove(draft);
        auditTrail.record(DELETED, draft.courseId(), "Utkast " + draft.id() + " borttaget vid revision " + draft.revision());
    }

    /**
     * Publishes the draft as a new version of its course through the import's store, unless it has problems (422
     * with every problem). The draft stays, now based on the version it became.
     */
    public PublishResult publish(String draftId, long expectedRevision) {
        Draft draft = find(draftId);
        try {
            draft.requireRevision(expectedRevision);
        } catch (StaleRevisionException e) {
            throw stale(draft, e, null);
        }
        CourseChecks.Checked checked = check(draft);
        if (!checked.problems().isEmpty()) {
            throw hasProblems(draft, checked.problems(), "Utkastet publicerades inte");
        }
        CourseVersions.ImportOutcome outcome = importer.storeChecked(checked.loaded());
        int number = outcome.version().versionNumber();
        String by = currentUser.username();
        if (outcome.created()) {
            publications.add(new Publication(outcome.version().versionId(), draft.courseId(), number, draft.id(), by,
                    clock.instant()));
        }
        draft.rebase(number, by, clock.instant());
        drafts.flush();
        auditTrail.record(PUBLISHED, draft.courseId(), outcome.created()
                ? "Utkast " + draft.id() + " publicerat som version " + number
                : "Utkast " + draft.id() + " publicerat: samma innehåll som version " + number + ", ingen ny version");
        return new PublishResult(draft.id(), draft.courseId(), number, outcome.created(), draft.revision());
    }

    /**
     * The draft built into course content by the import's code, as publishing would store it (for a preview): 422
     * {@code draft-has-problems} with every problem while it has any.
     */
    public Course content(String draftId) {
        Draft draft = find(draftId);
        CourseChecks.Checked checked = check(draft);
        if (!checked.publishable()) {
            throw hasProblems(draft, checked.problems(), "Utkastet kan inte förhandsgranskas");
        }
        return checked.loaded().course();
    }

    private static RejectedWithReportException hasProblems(Draft draft, List<ContentProblem> problems, String outcome) {
        List<InvalidInputException.Violation> violations = problems.stream()
                .map(p -> new InvalidInputException.Violation(p.file() + " " + p.field(), "[" + p.rule() + "] " + p.message()))
                .toList();
        String count = problems.size() == 1 ? "1 fel" : problems.size() + " fel";
        return new RejectedWithReportException("draft-has-problems", outcome + ": det har " + count
                + ". Rätta dem och försök igen.", violations, new ProblemReport(draft.id(), problems));
    }

    private CourseChecks.Checked check(Draft draft) {
        Map<String, byte[]> files = new TreeMap<>();
        draft.documents().forEach((path, json) -> files.put(path, json.getBytes(StandardCharsets.UTF_8)));
        CourseChecks.Checked checked = checks.check(draft.id(), files);
        var course = checked.loaded().course();
        if (course != null && !course.id().equals(draft.courseId())) {
            List<ContentProblem> problems = new ArrayList<>(checked.problems());
            problems.add(new ContentProblem("course.yaml", "id", "course-id-matches-draft", "the course id " + course.id()
                    + " is not the draft's course " + draft.courseId()));
            return new CourseChecks.Checked(checked.loaded(), problems);
        }
        return checked;
    }

    private DraftView view(Draft draft) {
        List<DocumentEntry> documents = draft.documents().keySet().stream()
                .map(p -> new DocumentEntry(p, new DocumentPath(p).kind())).toList();
        return new DraftView(draft.id(), draft.courseId(), draft.revision(), draft.basedOnVersion(), draft.createdBy(),
                draft.createdAt(), draft.updatedBy(), draft.updatedAt(), documents, check(draft).problems());
    }

    private Draft find(String draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFoundException("utkast", draftId));
    }

    private static StaleStateException stale(Draft draft, StaleRevisionException e, DocumentPath path) {
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("currentRevision", e.currentRevision());
        if (path != null) {
            current.put("path", path.value());
            current.put("document", draft.document(path).map(DraftJson::value).orElse(JsonValue.NULL));
        }
        return new StaleStateException("draft-revision-stale", "Utkastet har ändrats sedan du hämtade det (du utgick från"
                + " revision " + e.expectedRevision() + ", nu är det revision " + e.currentRevision() + "). Hämta det"
                + " aktuella innehållet, jämför och spara igen.", current);
    }
}
