package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.content.domain.ContentFixtures.aCase;
import static se.kasus.content.domain.ContentFixtures.option;
import static se.kasus.content.domain.ContentFixtures.step;
import static se.kasus.learning.domain.LearningFixtures.T1;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.learning.domain.CaseSummary.PathEntry;
import se.kasus.learning.domain.CaseSummary.PrincipleScore;

/**
 * The case summary. The case: dp1 (A 0 violates P-ID → dp2; B best 2 honours P-ID, P-TA → dp2;
 * C 1 mixed V-OBJ → dp3), dp2 (A 0 violates P-TA; B best 2 honours V-LEG), dp3 (A best 2 honours
 * V-FAB; B 0). In focus: P-ID, V-OBJ and V-DEM, which no option tags.
 */
class CaseSummaryTest {

    private final CaseDefinition definition = aCase("case-01").principlesInFocus("P-ID", "V-OBJ", "V-DEM").steps(
            step("dp1",
                    option("A").score(0).violates("P-ID").next("dp2").build(),
                    option("B").score(2).best().honours("P-ID", "P-TA").next("dp2").build(),
                    option("C").score(1).mixed("V-OBJ").next("dp3").build()),
            step("dp2",
                    option("A").score(0).violates("P-TA").next(CaseOption.END).build(),
                    option("B").score(2).best().honours("V-LEG").next(CaseOption.END).build()),
            step("dp3",
                    option("A").score(2).best().honours("V-FAB").next(CaseOption.END).build(),
                    option("B").score(0).next(CaseOption.END).build())).build();

    @Test
    void thePathShowsEachChoiceBesideTheBestOption() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "A", 0, "dp2", "B", 2));

        assertThat(summary.path()).containsExactly(
                new PathEntry("dp1", "A", 0, "B", 2),
                new PathEntry("dp2", "B", 2, "B", 2));
        assertThat(summary.path()).extracting(PathEntry::choseBest).containsExactly(false, true);
    }

    @Test
    void theScoreIsTheLearnersAgainstTheBestPaths() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "A", 0, "dp2", "B", 2));

        assertThat(summary.score()).isEqualTo(2);
        assertThat(summary.maxScore()).isEqualTo(4);
    }

    @Test
    void eachPrincipleScoresOverTheDecisionPointsWhereAnyOptionTagsIt() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "A", 0, "dp2", "B", 2));

        assertThat(summary.principles()).containsExactly(
                new PrincipleScore("P-ID", 0, 2, 0, 1),
                new PrincipleScore("V-OBJ", 0, 2, 0, 0),
                new PrincipleScore("P-TA", 2, 4, 0, 0),
                new PrincipleScore("V-LEG", 2, 2, 1, 0));
    }

    @Test
    void principlesOfStepsTheLearnerNeverReachedAreLeftOut() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "A", 0, "dp2", "B", 2));

        assertThat(summary.principles()).extracting(PrincipleScore::code).doesNotContain("V-FAB", "V-DEM");
    }

    @Test
    void theBestPathHonoursAndEarnsEveryPrincipleItMeets() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "B", 2, "dp2", "B", 2));

        assertThat(summary.score()).isEqualTo(summary.maxScore());
        assertThat(summary.path()).allMatch(PathEntry::choseBest);
        assertThat(summary.principles()).containsExactly(
                new PrincipleScore("P-ID", 2, 2, 1, 0),
                new PrincipleScore("V-OBJ", 2, 2, 0, 0),
                new PrincipleScore("P-TA", 4, 4, 1, 0),
                new PrincipleScore("V-LEG", 2, 2, 1, 0));
    }

    @Test
    void aPathAwayFromTheBestPathMeetsOtherPrinciples() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "C", 1, "dp3", "A", 2));

        assertThat(summary.score()).isEqualTo(3);
        assertThat(summary.maxScore()).isEqualTo(4);
        assertThat(summary.principles()).containsExactly(
                new PrincipleScore("P-ID", 1, 2, 0, 0),
                new PrincipleScore("V-OBJ", 1, 2, 0, 0),
                new PrincipleScore("P-TA", 1, 2, 0, 0),
                new PrincipleScore("V-FAB", 2, 2, 1, 0));
    }

    @Test
    void anUnfinishedAttemptIsSummarisedSoFar() {
        CaseSummary summary = CaseSummary.of(definition, decisions("dp1", "A", 0));

        assertThat(summary.path()).containsExactly(new PathEntry("dp1", "A", 0, "B", 2));
        assertThat(summary.score()).isZero();
        assertThat(summary.maxScore()).isEqualTo(4);
        assertThat(summary.principles()).extracting(PrincipleScore::code).containsExactly("P-ID", "V-OBJ", "P-TA");
    }

    @Test
    void noDecisionsGiveAnEmptySummaryWithTheMaxScore() {
        CaseSummary summary = CaseSummary.of(definition, List.of());

        assertThat(summary.path()).isEmpty();
        assertThat(summary.principles()).isEmpty();
        assertThat(summary.score()).isZero();
        assertThat(summary.maxScore()).isEqualTo(4);
    }

    @Test
    void aPrinciplesPercentIsRoundedDown() {
        assertThat(new PrincipleScore("P-TA", 1, 3, 0, 0).percent()).isEqualTo(33);
        assertThat(new PrincipleScore("P-TA", 2, 3, 0, 0).percent()).isEqualTo(66);
        assertThat(new PrincipleScore("P-TA", 2, 4, 0, 0).percent()).isEqualTo(50);
        assertThat(new PrincipleScore("P-TA", 0, 0, 0, 0).percent()).isZero();
    }

    /** Decisions from (step, option, score) triples, all at the same instant. */
    private static List<Decision> decisions(Object... triples) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            decisions.add(new Decision((String) triples[i], (String) triples[i + 1], (Integer) triples[i + 2], T1));
        }
        return decisions;
    }
}
