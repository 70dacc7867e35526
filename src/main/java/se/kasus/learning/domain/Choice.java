package se.kasus.learning.domain;

/** An option chosen at a decision point, with the points it gave: a learner's {@link Decision}, or a preview's. */
public interface Choice {

    String stepId();

    String optionId();

    int score();
}
