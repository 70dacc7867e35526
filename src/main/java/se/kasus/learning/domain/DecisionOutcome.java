package se.kasus.learning.domain;

import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.DecisionPoint;

/** The decision point, the chosen option, and whether this request recorded it (false on a repeat). */
public record DecisionOutcome(DecisionPoint point, CaseOption option, boolean recorded) {
}
