package se.kasus.authoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.kasus.learning.application.CasePreview;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.PreviewDecisionView;
import se.kasus.learning.domain.CaseRules.Pick;

/**
 * A trainer plays a case of a draft as a learner would: the draft is built by the import's code and played by the
 * learner's rules ({@link CasePreview}). Nothing is stored: no attempt, no progress, no statement, no audit entry.
 */
@ApplicationScoped
public class DraftPreviews {

    @Inject
    Drafts drafts;

    public AttemptView start(String draftId, String caseId) {
        return CasePreview.of(drafts.content(draftId), caseId).start();
    }

    public PreviewDecisionView decide(String draftId, String caseId, List<Pick> earlier, String stepId, String optionId) {
        return CasePreview.of(drafts.content(draftId), caseId).decide(earlier, stepId, optionId);
    }
}
