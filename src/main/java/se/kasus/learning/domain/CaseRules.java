package se.kasus.learning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.DecisionPoint;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/**
 * How a case is played, whoever plays it: it starts at the case's start step; at the current step one of its options
 * is chosen; the option leads to the next step or ends the case. Choosing again what was already chosen at a step is a
 * repeat that changes nothing; choosing differently there is a conflict. A learner's {@link CaseAttempt} and a
 * trainer's preview of a draft both move by these rules.
 */
public final class CaseRules {

    private final CaseDefinition definition;

    public CaseRules(CaseDefinition definition) {
        this.definition = definition;
    }

    public CaseDefinition definition() {
        return definition;
    }

    /** The step a new play of the case is at. */
    public String start() {
        return definition.start();
    }

    /**
     * Checks the choice of {@code optionId} at {@code stepId} for a play that has made {@code earlier} choices and is at
     * {@code currentStep} (null once finished), and answers where it leads.
     *
     * @throws NotFoundException      when the case has no step {@code stepId}
     * @throws ConflictException      {@code step-already-answered} when another option was chosen there before,
     *                                {@code step-not-current} when the play is elsewhere or finished
     * @throws RuleViolationException {@code option-not-offered} when the step has no such option
     */
    public Move choose(List<? extends Choice> earlier, String currentStep, String stepId, String optionId) {
        DecisionPoint point = definition.step(stepId).orElseThrow(() -> new NotFoundException("beslutspunkt", stepId));
        Optional<? extends Choice> before = earlier.stream().filter(c -> c.stepId().equals(stepId)).findFirst();
        if (before.isPresent()) {
            if (before.get().optionId().equals(optionId)) {
                return new Move(point, point.option(optionId).orElseThrow(), true);
            }
            throw new ConflictException("step-already-answered",
                    "Du har redan svarat på beslutspunkt " + stepId + " med alternativ " + before.get().optionId() + ".");
        }
        if (!stepId.equals(currentStep)) {
            throw new ConflictException("step-not-current", currentStep == null
                    ? "Fallet är redan avslutat."
                    : "Du är vid beslutspunkt " + currentStep + ", inte " + stepId + ".");
        }
        CaseOption option = point.option(optionId).orElseThrow(() -> new RuleViolationException("option-not-offered",
                "Alternativ " + optionId + " finns inte vid beslutspunkt " + stepId + "."));
        return new Move(point, option, false);
    }

    /**
     * Plays {@code path} from the start by {@link #choose}, and answers where it ends: the choices that count, without
     * repeats, and the step then current (null when the case is finished). A path that strays fails as
     * {@link #choose} does.
     */
    public Position replay(List<Pick> path) {
        List<Made> made = new ArrayList<>();
        String current = start();
        for (Pick pick : path) {
            Move move = choose(made, current, pick.stepId(), pick.optionId());
            if (!move.repeat()) {
                made.add(new Made(pick.stepId(), pick.optionId(), move.option().score()));
                current = move.nextStep();
            }
        }
        return new Position(List.copyOf(made), current);
    }

    /** An option to choose at a step, as a client names it. */
    public record Pick(String stepId, String optionId) {
    }

    /** A choice made in a play that is not recorded anywhere (a preview's). */
    public record Made(String stepId, String optionId, int score) implements Choice {
    }

    /** A choice checked by the rules: the step, the option, and whether it repeats an earlier choice. */
    public record Move(DecisionPoint point, CaseOption option, boolean repeat) {

        /** The step the option leads to, or null when it ends the case. */
        public String nextStep() {
            return option.endsCase() ? null : option.next();
        }

        public boolean endsCase() {
            return option.endsCase();
        }
    }

    /** Where a play stands: the choices made, in order, and the current step (null once the case is finished). */
    public record Position(List<Made> choices, String currentStep) {

        public boolean finished() {
            return currentStep == null;
        }

        public int score() {
            return choices.stream().mapToInt(Made::score).sum();
        }
    }
}
