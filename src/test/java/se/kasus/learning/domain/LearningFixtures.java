package se.kasus.learning.domain;

import static se.kasus.content.domain.ContentFixtures.bankOf;
import static se.kasus.content.domain.ContentFixtures.defaultPrinciples;
import static se.kasus.content.domain.ContentFixtures.module;
import static se.kasus.content.domain.ContentFixtures.moduleWithRule;
import static se.kasus.content.domain.ContentFixtures.oneStepCase;
import static se.kasus.content.domain.ContentFixtures.twoStepCase;

import java.time.Instant;
import java.util.List;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.PassRule;

/** The course the learning tests play, and fixed instants. Every call returns a new course. */
final class LearningFixtures {

    static final Instant ENROLLED = Instant.parse("2025-03-03T08:00:00Z");
    static final Instant T1 = Instant.parse("2025-03-03T09:00:00Z");
    static final Instant T2 = Instant.parse("2025-03-03T09:05:00Z");
    static final Instant T3 = Instant.parse("2025-03-03T09:10:00Z");
    static final Instant T4 = Instant.parse("2025-03-03T09:15:00Z");

    private LearningFixtures() {
    }

    /**
     * Module M1: case-01 (dp1 → dp2 → end, option C at dp1 ends the case at once), case-02 (one step)
     * and quiz-m1 with {@code m1Questions} questions keyed A, pass mark 70 %. Module M2: case-03 (one
     * step) and quiz-m2 with one question keyed A. In every case option B is the best.
     */
    static Course course(int m1Questions) {
        return ContentFixtures.course(defaultPrinciples(),
                List.of(module("M1", "quiz-m1", 70, "case-01", "case-02"), module("M2", "quiz-m2", 70, "case-03")),
                List.of(twoStepCase("case-01", "M1").build(), oneStepCase("case-02", "M1").build(),
                        oneStepCase("case-03", "M2").build()),
                List.of(bankOf("quiz-m1", "M1", m1Questions), bankOf("quiz-m2", "M2", 1)));
    }

    static Course course() {
        return course(5);
    }

    /**
     * The course of {@link #course(int)} with the brief's rule on M1 (quiz 70 %, cases 70 % of max): case-01
     * (max 4) and case-02 (max 2) must reach 5 of 6 points together. M2 has no case rule.
     */
    static Course courseWithCaseRule(int casePercent) {
        return ContentFixtures.course(defaultPrinciples(),
                List.of(moduleWithRule("M1", "quiz-m1", new PassRule(70, casePercent), "case-01", "case-02"),
                        module("M2", "quiz-m2", 70, "case-03")),
                List.of(twoStepCase("case-01", "M1").build(), oneStepCase("case-02", "M1").build(),
                        oneStepCase("case-03", "M2").build()),
                List.of(bankOf("quiz-m1", "M1", 5), bankOf("quiz-m2", "M2", 1)));
    }

    static Enrollment enrollment() {
        return new Enrollment("anna", "test-course", 1L, ENROLLED);
    }
}
