package se.kasus.learning.application;

import java.util.ArrayList;
import java.util.List;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.PreviewDecisionView;
import se.kasus.learning.domain.CaseRules;
import se.kasus.learning.domain.CaseRules.Pick;
import se.kasus.shared.domain.NotFoundException;

/**
 * A case of any course content (a trainer's draft, say) played by the {@link CaseRules} a learner's attempt follows,
 * shown in the player's views, and kept nowhere: the client sends the path it has taken with every choice. No
 * attempt, no progress and no statement come of it.
 */
public final class CasePreview {

    private final CaseRules rules;
    private final ViewAssembler views;

    private CasePreview(Course course, CaseDefinition definition) {
        this.rules = new CaseRules(definition);
        this.views = new ViewAssembler(course);
    }

    /** The preview of case {@code caseId} of {@code course}; 404 when the course has no such case. */
    public static CasePreview of(Course course, String caseId) {
        CaseDefinition definition = course.caseById(caseId).orElseThrow(() -> new NotFoundException("fall", caseId));
        return new CasePreview(course, definition);
    }

    /** The case as the player shows it before the first choice. */
    public AttemptView start() {
        return views.preview(rules.definition(), rules.replay(List.of()));
    }

    /**
     * Plays {@code earlier} from the start, then chooses {@code optionId} at {@code stepId} as a learner would
     * (repeating an earlier choice changes nothing; a wrong step or option fails as it does for a learner), and
     * answers the feedback, where the play now stands and, once the case is finished, its summary.
     */
    public PreviewDecisionView decide(List<Pick> earlier, String stepId, String optionId) {
        CaseDefinition definition = rules.definition();
        CaseRules.Position before = rules.replay(earlier);
        CaseRules.Move move = rules.choose(before.choices(), before.currentStep(), stepId, optionId);
        List<Pick> path = new ArrayList<>(earlier);
        path.add(new Pick(stepId, optionId));
        CaseRules.Position after = rules.replay(path);
        var feedback = views.feedback(definition, new CaseRules.Made(stepId, optionId, move.option().score()));
        return new PreviewDecisionView(feedback, views.preview(definition, after),
                after.finished() ? views.previewSummary(definition, after) : null);
    }
}
