package se.kasus.learning.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.DecisionPoint;

/**
 * The end of a case: the learner's path beside the best path, and a score per principle. A
 * principle's score counts the decision points where any option is tagged with it: the points
 * the learner earned there against the most they could have earned.
 */
public record CaseSummary(List<PathEntry> path, int score, int maxScore, List<PrincipleScore> principles) {

    public static CaseSummary of(CaseDefinition definition, List<? extends Choice> decisions) {
        List<PathEntry> path = new ArrayList<>();
        for (Choice decision : decisions) {
            DecisionPoint point = definition.step(decision.stepId()).orElseThrow();
            CaseOption best = point.bestOption().orElseThrow();
            path.add(new PathEntry(point.id(), decision.optionId(), decision.score(), best.id(), best.score()));
        }
        int score = decisions.stream().mapToInt(Choice::score).sum();
        return new CaseSummary(path, score, definition.maxScore(), principleScores(definition, decisions));
    }

    private static List<PrincipleScore> principleScores(CaseDefinition definition, List<? extends Choice> decisions) {
        Set<String> codes = new LinkedHashSet<>(definition.principlesInFocus());
        for (DecisionPoint point : definition.steps()) {
            for (CaseOption option : point.options()) {
                codes.addAll(option.honours());
                codes.addAll(option.violates());
                codes.addAll(option.mixed());
            }
        }
        List<PrincipleScore> scores = new ArrayList<>();
        for (String code : codes) {
            int earned = 0;
            int possible = 0;
            int honoured = 0;
            int violated = 0;
            for (Choice decision : decisions) {
                DecisionPoint point = definition.step(decision.stepId()).orElseThrow();
                if (point.options().stream().noneMatch(o -> tags(o, code))) {
                    continue;
                }
                earned += decision.score();
                possible += point.maxScore();
                Optional<CaseOption> chosen = point.option(decision.optionId());
                honoured += chosen.filter(o -> o.honours().contains(code)).isPresent() ? 1 : 0;
                violated += chosen.filter(o -> o.violates().contains(code)).isPresent() ? 1 : 0;
            }
            if (possible > 0) {
                scores.add(new PrincipleScore(code, earned, possible, honoured, violated));
            }
        }
        return List.copyOf(scores);
    }

    private static boolean tags(CaseOption option, String code) {
        return option.honours().contains(code) || option.violates().contains(code) || option.mixed().contains(code);
    }

    /** One decision point: what the learner chose and what the best option was. */
    public record PathEntry(String stepId, String chosenOptionId, int score, String bestOptionId, int bestScore) {

        public boolean choseBest() {
            return chosenOptionId.equals(bestOptionId);
        }
    }

    public record PrincipleScore(String code, int earned, int possible, int honoured, int violated) {

        public int percent() {
            return possible == 0 ? 0 : earned * 100 / possible;
        }
    }
}
