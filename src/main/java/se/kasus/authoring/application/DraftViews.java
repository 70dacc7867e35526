package se.kasus.authoring.application;

import java.time.Instant;
import java.util.List;
import se.kasus.content.domain.ContentProblem;

/** What the authoring use cases answer: records, never entities. */
public final class DraftViews {

    private DraftViews() {
    }

    public record DraftSummary(String draftId, String courseId, long revision, Integer basedOnVersion, String updatedBy,
                               Instant updatedAt) {
    }

    public record DraftView(String draftId, String courseId, long revision, Integer basedOnVersion, String createdBy,
                            Instant createdAt, String updatedBy, Instant updatedAt, List<DocumentEntry> documents,
                            List<ContentProblem> problems) {
    }

    /** One document of a draft: its path and kind (course, principles, glossary, module, case, quiz). */
    public record DocumentEntry(String path, String kind) {
    }

    /** One document's JSON text at the draft's revision. */
    public record DocumentText(String path, long revision, String json) {
    }

    /** After a change: the draft's new revision and every problem the draft has now. */
    public record WriteResult(String draftId, String path, long revision, List<ContentProblem> problems) {
    }

    public record PublishResult(String draftId, String courseId, int versionNumber, boolean created, long revision) {
    }

    /** The problems of a draft refused for publishing, as the problem's {@code report} member. */
    public record ProblemReport(String draftId, List<ContentProblem> problems) {
    }

    /** How a new draft starts: from the course's latest version, from another course's, empty, or from documents. */
    public record StartDraft(String courseId, boolean empty, String copyOf, java.util.Map<String, String> documents) {
    }
}
