package se.kasus.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.learning.domain.CaseRules.Pick;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/** The rules of moving through a case, without an attempt: dp1 (A → dp2, B best → dp2, C → end), dp2 (A, B best → end). */
class CaseRulesTest {

    private final CaseRules rules = new CaseRules(ContentFixtures.twoStepCase("case-01", "M1").build());

    @Test
    void aPlayStartsAtTheCasesStartStep() {
        CaseRules.Position start = rules.replay(List.of());

        assertThat(start.currentStep()).isEqualTo("dp1");
        assertThat(start.finished()).isFalse();
        assertThat(start.choices()).isEmpty();
        assertThat(start.score()).isZero();
    }

    @Test
    void anOptionLeadsToItsNextStepAndAnEndingOptionFinishesTheCase() {
        CaseRules.Move toDp2 = rules.choose(List.of(), "dp1", "dp1", "B");
        CaseRules.Move ending = rules.choose(List.of(), "dp1", "dp1", "C");

        assertThat(toDp2.nextStep()).isEqualTo("dp2");
        assertThat(toDp2.endsCase()).isFalse();
        assertThat(toDp2.repeat()).isFalse();
        assertThat(toDp2.option().score()).isEqualTo(2);
        assertThat(ending.nextStep()).isNull();
        assertThat(ending.endsCase()).isTrue();
    }

    @Test
    void replayingAPathToTheEndFinishesWithTheChoicesAndTheirPoints() {
        CaseRules.Position end = rules.replay(List.of(new Pick("dp1", "A"), new Pick("dp2", "B")));

        assertThat(end.finished()).isTrue();
        assertThat(end.currentStep()).isNull();
        assertThat(end.choices()).containsExactly(new CaseRules.Made("dp1", "A", 0), new CaseRules.Made("dp2", "B", 2));
        assertThat(end.score()).isEqualTo(2);
    }

    @Test
    void choosingAgainWhatWasChosenIsARepeatThatMovesNothing() {
        List<CaseRules.Made> earlier = List.of(new CaseRules.Made("dp1", "B", 2));

        CaseRules.Move again = rules.choose(earlier, "dp2", "dp1", "B");
        CaseRules.Position replayed = rules.replay(List.of(new Pick("dp1", "B"), new Pick("dp1", "B")));

        assertThat(again.repeat()).isTrue();
        assertThat(again.option().id()).isEqualTo("B");
        assertThat(replayed.choices()).hasSize(1);
        assertThat(replayed.currentStep()).isEqualTo("dp2");
    }

    @Test
    void choosingDifferentlyAtAnAnsweredStepIsAConflict() {
        assertThatThrownBy(() -> rules.replay(List.of(new Pick("dp1", "B"), new Pick("dp1", "A"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("step-already-answered");
                    assertThat(e.getMessage()).isEqualTo("Du har redan svarat på beslutspunkt dp1 med alternativ B.");
                });
    }

    @Test
    void aStepThatIsNotCurrentOrAfterTheEndIsAConflict() {
        assertThatThrownBy(() -> rules.choose(List.of(), "dp1", "dp2", "A"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("step-not-current");
                    assertThat(e.getMessage()).isEqualTo("Du är vid beslutspunkt dp1, inte dp2.");
                });
        assertThatThrownBy(() -> rules.replay(List.of(new Pick("dp1", "C"), new Pick("dp2", "A"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Fallet är redan avslutat."));
    }

    @Test
    void anOptionTheStepDoesNotOfferIsARuleViolationAndAnUnknownStepIsNotFound() {
        assertThatThrownBy(() -> rules.choose(List.of(), "dp1", "dp1", "D"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("option-not-offered"));
        assertThatThrownBy(() -> rules.choose(List.of(), "dp1", "dp9", "A")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCaseAttemptMovesByTheSameRules() {
        CaseDefinition definition = rules.definition();
        CaseAttempt attempt = new CaseAttempt(LearningFixtures.enrollment(), definition, 1, LearningFixtures.T1);

        attempt.decide(definition, "dp1", "A", LearningFixtures.T2);
        attempt.decide(definition, "dp2", "B", LearningFixtures.T3);

        CaseRules.Position replayed = rules.replay(List.of(new Pick("dp1", "A"), new Pick("dp2", "B")));
        assertThat(attempt.finished()).isEqualTo(replayed.finished()).isTrue();
        assertThat(attempt.score()).isEqualTo(replayed.score());
        assertThat(attempt.currentStep()).isEmpty();
    }
}
