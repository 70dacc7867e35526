package se.kasus.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.content.domain.ContentFixtures.aCase;
import static se.kasus.content.domain.ContentFixtures.option;
import static se.kasus.content.domain.ContentFixtures.step;
import static se.kasus.content.domain.ContentFixtures.twoStepCase;

import org.junit.jupiter.api.Test;
import se.kasus.content.domain.CaseDefinition.PathStep;

class CaseDefinitionTest {

    @Test
    void theBestPathFollowsTheBestOptionFromTheStartToTheEnd() {
        CaseDefinition definition = twoStepCase("case-01", "M1").build();

        assertThat(definition.bestPath()).containsExactly(new PathStep("dp1", "B", 2), new PathStep("dp2", "B", 2));
    }

    @Test
    void theBestPathSkipsStepsThatOnlyWorseOptionsLeadTo() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").next("dp2").build(), option("B").score(2).best().next("dp3").build()),
                step("dp2", option("A").build(), option("B").score(2).best().build()),
                step("dp3", option("A").score(1).best().build(), option("B").build())).build();

        assertThat(definition.bestPath()).containsExactly(new PathStep("dp1", "B", 2), new PathStep("dp3", "A", 1));
    }

    @Test
    void theMaxScoreIsTheSumOfTheBestPathsScores() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").next("dp2").build(), option("B").score(2).best().next("dp3").build()),
                step("dp2", option("A").build(), option("B").score(2).best().build()),
                step("dp3", option("A").score(1).best().build(), option("B").build())).build();

        assertThat(definition.maxScore()).isEqualTo(3);
    }

    @Test
    void theMaxScoreOfTheDefaultTwoStepCaseIsFour() {
        assertThat(twoStepCase("case-01", "M1").build().maxScore()).isEqualTo(4);
    }

    @Test
    void aMissingStartGivesAnEmptyBestPathAndNoScore() {
        CaseDefinition definition = twoStepCase("case-01", "M1").start("dp9").build();

        assertThat(definition.bestPath()).isEmpty();
        assertThat(definition.maxScore()).isZero();
    }

    @Test
    void theBestPathStopsAtAStepWithoutABestOption() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().next("dp2").build()),
                step("dp2", option("A").build(), option("B").score(2).build())).build();

        assertThat(definition.bestPath()).containsExactly(new PathStep("dp1", "B", 2));
    }

    @Test
    void theBestPathStopsWhereTheBestOptionLeadsToAMissingStep() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().next("dp7").build())).build();

        assertThat(definition.bestPath()).containsExactly(new PathStep("dp1", "B", 2));
    }

    @Test
    void theBestPathEndsWhenItWouldGoRoundACircle() {
        CaseDefinition definition = aCase("case-01").steps(
                step("dp1", option("A").build(), option("B").score(2).best().next("dp2").build()),
                step("dp2", option("A").build(), option("B").score(1).best().next("dp1").build())).build();

        assertThat(definition.bestPath()).containsExactly(new PathStep("dp1", "B", 2), new PathStep("dp2", "B", 1));
        assertThat(definition.maxScore()).isEqualTo(3);
    }

    @Test
    void stepsAndLegalReferencesAreFoundById() {
        CaseDefinition definition = twoStepCase("case-01", "M1").build();

        assertThat(definition.step("dp2")).map(DecisionPoint::id).hasValue("dp2");
        assertThat(definition.step("dp3")).isEmpty();
        assertThat(definition.legalReference("rf-1")).map(LegalReference::id).hasValue("rf-1");
        assertThat(definition.legalReference("fl-5")).isEmpty();
    }

    @Test
    void absentListsInTheFileMeanNone() {
        CaseDefinition definition = new CaseDefinition("case-01", "M1", "Titel", 5, "Miljö", "Roll", null, "Berättelse",
                "dp1", null, "Reflektion", null);

        assertThat(definition.principlesInFocus()).isEmpty();
        assertThat(definition.steps()).isEmpty();
        assertThat(definition.legalReferences()).isEmpty();
        assertThat(definition.bestPath()).isEmpty();
    }
}
