package se.kasus.content.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A case: its story, the decision graph beginning at {@code start}, reflection question and legal references. */
public record CaseDefinition(String id, String module, String title, int estimatedMinutes, String setting, String role,
                             List<String> principlesInFocus, String narrative, String start, List<DecisionPoint> steps,
                             String reflection, List<LegalReference> legalReferences) {

    public CaseDefinition {
        principlesInFocus = Lists.orEmpty(principlesInFocus);
        steps = Lists.orEmpty(steps);
        legalReferences = Lists.orEmpty(legalReferences);
    }

    public Optional<DecisionPoint> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<LegalReference> legalReference(String referenceId) {
        return legalReferences.stream().filter(r -> r.id().equals(referenceId)).findFirst();
    }

    /** The steps and options a learner meets by always taking the best option. */
    public List<PathStep> bestPath() {
        List<PathStep> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<DecisionPoint> current = step(start);
        while (current.isPresent() && seen.add(current.get().id())) {
            DecisionPoint point = current.get();
            Optional<CaseOption> best = point.bestOption();
            if (best.isEmpty()) {
                break;
            }
            path.add(new PathStep(point.id(), best.get().id(), best.get().score()));
            current = best.get().endsCase() ? Optional.empty() : step(best.get().next());
        }
        return List.copyOf(path);
    }

    /** The highest score reachable: the best path's, since the best option scores highest at each step. */
    public int maxScore() {
        return bestPath().stream().mapToInt(PathStep::score).sum();
    }

    /** One step of a path through the case. */
    public record PathStep(String stepId, String optionId, int score) {
    }
}
