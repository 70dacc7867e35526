package se.kasus.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.kasus.content.domain.ContentFixtures.aCase;
import static se.kasus.content.domain.ContentFixtures.bank;
import static se.kasus.content.domain.ContentFixtures.course;
import static se.kasus.content.domain.ContentFixtures.courseWith;
import static se.kasus.content.domain.ContentFixtures.defaultPrinciples;
import static se.kasus.content.domain.ContentFixtures.info;
import static se.kasus.content.domain.ContentFixtures.module;
import static se.kasus.content.domain.ContentFixtures.oneStepCase;
import static se.kasus.content.domain.ContentFixtures.option;
import static se.kasus.content.domain.ContentFixtures.principles;
import static se.kasus.content.domain.ContentFixtures.question;
import static se.kasus.content.domain.ContentFixtures.step;
import static se.kasus.content.domain.ContentFixtures.twoStepCase;
import static se.kasus.content.domain.ContentFixtures.validCourse;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    private static final String CASE_FILE = "cases/case-01.yaml";

    @Test
    void aCourseThatFollowsEveryRuleHasNoProblems() {
        assertThat(ContentRules.check(validCourse())).isEmpty();
    }

    @Test
    void filesAreNamedAfterIdsWithModuleFilesInLowerCase() {
        assertThat(ContentRules.caseFile("case-07")).isEqualTo("cases/case-07.yaml");
        assertThat(ContentRules.moduleFile("M12")).isEqualTo("modules/m12.yaml");
        assertThat(ContentRules.quizFile("quiz-m3")).isEqualTo("quizzes/quiz-m3.yaml");
    }

    // start-exists

    @Test
    void aStartThatNamesNoStepIsReportedAndLeavesEveryStepUnreachable() {
        CaseDefinition definition = twoStepCase("case-01", "M1").start("dp9").build();

        assertProblems(courseWith(definition),
                tuple(CASE_FILE, "start", "start-exists"),
                tuple(CASE_FILE, "steps[0]", "step-reachable"),
                tuple(CASE_FILE, "steps[1]", "step-reachable"));
    }

    // option-target-exists

    @Test
    void anOptionLeadingToAStepThatDoesNotExistIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("end").build(),
                        option("B").score(2).best().next("dp7").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options[1].next", "option-target-exists"));
    }

    @Test
    void anOptionThatEndsTheCaseNeedsNoTargetStep() {
        CaseDefinition definition = oneStepCase("case-01", "M1").build();

        assertThat(ContentRules.check(courseWith(definition))).isEmpty();
    }

    // step-reachable

    @Test
    void aStepThatNoOptionLeadsToIsReportedAsUnreachable() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("end").build(),
                        option("B").score(2).best().next("end").build()),
                step("dp2",
                        option("A").next("end").build(),
                        option("B").score(2).best().next("end").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[1]", "step-reachable"));
    }

    @Test
    void aStepReachedOnlyThroughAWorseOptionCountsAsReachable() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("dp2").build(),
                        option("B").score(2).best().next("end").build()),
                step("dp2",
                        option("A").next("end").build(),
                        option("B").score(2).best().next("end").build())).build();

        assertThat(ContentRules.check(courseWith(definition))).isEmpty();
    }

    // no-cycle

    @Test
    void optionsLeadingRoundInACircleAreReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("dp2").build(),
                        option("B").score(2).best().next("dp2").build()),
                step("dp2",
                        option("A").next("dp1").build(),
                        option("B").score(2).best().next("end").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps", "no-cycle"));
    }

    @Test
    void anOptionLeadingBackToItsOwnStepIsACycle() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("dp1").build(),
                        option("B").score(2).best().next("end").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps", "no-cycle"));
    }

    @Test
    void aCycleAmongUnreachableStepsIsReportedBesideTheUnreachableSteps() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").next("end").build(),
                        option("B").score(2).best().next("end").build()),
                step("dp2",
                        option("A").next("dp3").build(),
                        option("B").score(2).best().next("end").build()),
                step("dp3",
                        option("A").next("dp2").build(),
                        option("B").score(2).best().next("end").build())).build();

        assertProblems(courseWith(definition),
                tuple(CASE_FILE, "steps[1]", "step-reachable"),
                tuple(CASE_FILE, "steps[2]", "step-reachable"),
                tuple(CASE_FILE, "steps", "no-cycle"));
    }

    @Test
    void twoPathsJoiningAtTheSameStepAreNotACycle() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").next("dp2").build(), option("B").score(2).best().next("dp3").build()),
                step("dp2", option("A").next("dp4").build(), option("B").score(2).best().next("dp4").build()),
                step("dp3", option("A").next("dp4").build(), option("B").score(2).best().next("dp4").build()),
                step("dp4", option("A").build(), option("B").score(2).best().build())).build();

        assertThat(ContentRules.check(courseWith(definition))).isEmpty();
    }

    // option-count

    @Test
    void aDecisionPointWithOneOptionIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").score(2).best().next("end").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options", "option-count"));
    }

    @Test
    void aDecisionPointWithFiveOptionsIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").build(),
                        option("B").score(2).best().build(),
                        option("C").build(),
                        option("D").build(),
                        option("E").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options", "option-count"));
    }

    @Test
    void twoAndFourOptionsAreTheBoundsAllowed() {
        CaseDefinition two = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().build())).build();
        CaseDefinition four = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().build(), option("C").build(),
                        option("D").build())).build();

        assertThat(ContentRules.check(courseWith(two))).isEmpty();
        assertThat(ContentRules.check(courseWith(four))).isEmpty();
    }

    // score-range

    @Test
    void aScoreAboveTwoIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(3).best().build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options[1].score", "score-range"));
    }

    @Test
    void aNegativeScoreIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").score(-1).build(), option("B").score(2).best().build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options[0].score", "score-range"));
    }

    // principle-known

    @Test
    void aPrincipleCodeOnAnOptionThatPrinciplesYamlDoesNotDefineIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1",
                        option("A").violates("P-ID", "P-XX").build(),
                        option("B").score(2).best().honours("V-ZZ").build(),
                        option("C").score(1).mixed("V-QQ").build())).build();

        assertProblems(courseWith(definition),
                tuple(CASE_FILE, "steps[0].options[0].violates[1]", "principle-known"),
                tuple(CASE_FILE, "steps[0].options[1].honours[0]", "principle-known"),
                tuple(CASE_FILE, "steps[0].options[2].mixed[0]", "principle-known"));
    }

    @Test
    void aPrincipleInFocusThatPrinciplesYamlDoesNotDefineIsReported() {
        CaseDefinition definition = oneStepCase("case-01", "M1").principlesInFocus("P-ID", "V-XYZ").build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "principlesInFocus[1]", "principle-known"));
    }

    // one-best-option and best-option-scores-highest

    @Test
    void aDecisionPointWithoutABestOptionIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).build(), option("C").score(1).build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options", "one-best-option"));
    }

    @Test
    void aDecisionPointWithTwoBestOptionsIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().build(),
                        option("C").score(2).best().build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options", "one-best-option"));
    }

    @Test
    void aBestOptionScoringLowerThanAnotherOptionIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").score(2).build(), option("B").score(1).best().build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options[1].score", "best-option-scores-highest"));
    }

    @Test
    void aBestOptionMayShareTheHighestScoreWithAnother() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").score(2).build(), option("B").score(2).best().build())).build();

        assertThat(ContentRules.check(courseWith(definition))).isEmpty();
    }

    // legal-reference-exists

    @Test
    void anOptionCitingAReferenceTheCaseDoesNotListIsReported() {
        CaseDefinition definition = aCase("case-01").legalReferences("rf-1").steps(
                step("dp1", option("A").legal("rf-1").build(), option("B").score(2).best().legal("rf-1", "fl-99").build()))
                .build();

        assertProblems(courseWith(definition),
                tuple(CASE_FILE, "steps[0].options[1].legalReferences[1]", "legal-reference-exists"));
    }

    // quiz-key-among-options

    @Test
    void aQuizKeyThatIsNotOneOfTheOptionsIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A"), question("Q1.2", "E"))));

        assertProblems(course, tuple("quizzes/quiz-m1.yaml", "questions[1].correct", "quiz-key-among-options"));
    }

    // unique-id

    @Test
    void aStepIdUsedTwiceIsReported() {
        DecisionPoint dp2 = step("dp2", option("A").build(), option("B").score(2).best().build());
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").next("dp2").build(), option("B").score(2).best().next("dp2").build()),
                dp2, dp2).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[2].id", "unique-id"));
    }

    @Test
    void anOptionIdUsedTwiceAtADecisionPointIsReported() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().build(), option("A").build())).build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "steps[0].options[2].id", "unique-id"));
    }

    @Test
    void aLegalReferenceIdUsedTwiceIsReported() {
        CaseDefinition definition = oneStepCase("case-01", "M1").legalReferences("rf-1", "fl-5", "rf-1").build();

        assertProblems(courseWith(definition), tuple(CASE_FILE, "legalReferences[2].id", "unique-id"));
    }

    @Test
    void aQuestionIdUsedTwiceIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A"), question("Q1.1", "B"))));

        assertProblems(course, tuple("quizzes/quiz-m1.yaml", "questions[1].id", "unique-id"));
    }

    @Test
    void aQuizOptionIdUsedTwiceIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A", "A", "B", "A"))));

        assertProblems(course, tuple("quizzes/quiz-m1.yaml", "questions[0].options[2].id", "unique-id"));
    }

    @Test
    void aPrincipleCodeDefinedTwiceIsReported() {
        Course course = course(principles("P-ID", "P-TA", "V-OBJ", "V-LEG", "P-ID"),
                List.of(module("M1", "quiz-m1", 70, "case-01")), List.of(twoStepCase("case-01", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertThat(ContentRules.check(course))
                .extracting(ContentProblem::file, ContentProblem::field, ContentProblem::rule)
                .containsExactly(tuple("principles.yaml", "principles[4].code", "unique-id"));
    }

    // references between files

    @Test
    void aModuleListedInCourseYamlWithoutAFileIsReported() {
        Course course = new Course(info("M1", "M2"), defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()), List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertProblems(course, tuple("course.yaml", "modules[1]", "module-exists"));
    }

    @Test
    void aModuleThatCourseYamlDoesNotListIsReported() {
        Course course = new Course(info("M1"), defaultPrinciples(),
                List.of(module("M1", "quiz-m1", 70, "case-01"), module("M2", "quiz-m2", 70, "case-02")),
                List.of(twoStepCase("case-01", "M1").build(), oneStepCase("case-02", "M2").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A")), bank("quiz-m2", "M2", question("Q2.1", "A"))));

        assertProblems(course, tuple("modules/m2.yaml", "id", "module-listed"));
    }

    @Test
    void aCaseListedInAModuleWithoutAFileIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01", "case-02")),
                List.of(twoStepCase("case-01", "M1").build()), List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertProblems(course, tuple("modules/m1.yaml", "cases[1]", "case-exists"));
    }

    @Test
    void aCaseThatNamesAnotherModuleThanTheOneListingItIsReported() {
        Course course = courseWith(twoStepCase("case-01", "M2").build());

        assertProblems(course, tuple(CASE_FILE, "module", "case-module-matches"));
    }

    @Test
    void aCaseListedInTwoModulesIsReported() {
        Course course = course(defaultPrinciples(),
                List.of(module("M1", "quiz-m1", 70, "case-01"), module("M2", "quiz-m2", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A")), bank("quiz-m2", "M2", question("Q2.1", "A"))));

        assertProblems(course,
                tuple(CASE_FILE, "module", "case-module-matches"),
                tuple("modules/m2.yaml", "cases[0]", "case-in-one-module"));
    }

    @Test
    void aCaseListedTwiceInTheSameModuleIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01", "case-01")),
                List.of(twoStepCase("case-01", "M1").build()), List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertProblems(course, tuple("modules/m1.yaml", "cases[1]", "case-in-one-module"));
    }

    @Test
    void aCaseThatNoModuleListsIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build(), oneStepCase("case-02", "M1").build()),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertProblems(course, tuple("cases/case-02.yaml", "module", "case-listed"));
    }

    @Test
    void aModuleWhoseQuizHasNoFileIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m9", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()), List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));

        assertProblems(course, tuple("modules/m1.yaml", "quiz", "quiz-exists"));
    }

    @Test
    void aQuestionBankThatNamesAnotherModuleIsReported() {
        Course course = course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, "case-01")),
                List.of(twoStepCase("case-01", "M1").build()), List.of(bank("quiz-m1", "M2", question("Q1.1", "A"))));

        assertProblems(course, tuple("quizzes/quiz-m1.yaml", "module", "quiz-module-matches"));
    }

    @Test
    void everyProblemOfACourseIsReportedNotOnlyTheFirst() {
        CaseDefinition definition = aCase("case-01").start("dp1").steps(
                step("dp1", option("A").score(5).next("dp8").build(), option("B").score(2).build())).build();

        assertThat(ContentRules.check(courseWith(definition)))
                .extracting(ContentProblem::rule)
                .containsExactlyInAnyOrder("one-best-option", "score-range", "option-target-exists");
    }

    private static void assertProblems(Course course, Tuple... expected) {
        assertThat(ContentRules.check(course))
                .extracting(ContentProblem::file, ContentProblem::field, ContentProblem::rule)
                .containsExactlyInAnyOrder(expected);
    }
}
