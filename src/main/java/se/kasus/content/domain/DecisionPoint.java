package se.kasus.content.domain;

import java.util.List;
import java.util.Optional;

/** A step of a case where the learner chooses one of the options. */
public record DecisionPoint(String id, String situation, String prompt, List<CaseOption> options) {

    public DecisionPoint {
        options = Lists.orEmpty(options);
    }

    public Optional<CaseOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<CaseOption> bestOption() {
        return options.stream().filter(CaseOption::best).findFirst();
    }

    public int maxScore() {
        return options.stream().mapToInt(CaseOption::score).max().orElse(0);
    }
}
