package se.kasus.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kasus.content.domain.ContentFixtures.aCase;
import static se.kasus.content.domain.ContentFixtures.option;
import static se.kasus.content.domain.ContentFixtures.step;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.ReferenceReview.DueReference;
import se.kasus.content.domain.ReferenceReview.Reason;
import se.kasus.content.domain.ReferenceReview.Usage;

class ReferenceReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aReferenceIsDueWhenNeverReviewedTooOldOrMarked() {
        assertThat(reasons(LegalStatus.VERIFIED, null)).containsExactly(Reason.NEVER_REVIEWED);
        assertThat(reasons(LegalStatus.VERIFIED, TODAY.minusDays(365))).isEmpty();
        assertThat(reasons(LegalStatus.VERIFIED, TODAY.minusDays(366))).containsExactly(Reason.REVIEW_TOO_OLD);
        assertThat(reasons(LegalStatus.CHECK, TODAY)).containsExactly(Reason.MARKED_CHECK);
        assertThat(reasons(LegalStatus.UNVERIFIED, null))
                .containsExactlyInAnyOrder(Reason.NEVER_REVIEWED, Reason.MARKED_UNVERIFIED);
    }

    @Test
    void theSameReferenceInTwoCasesIsOneEntryWithEveryUsage() {
        LegalReference due = new LegalReference("fl-6", "6 § förvaltningslagen (2017:900)", LegalStatus.VERIFIED, null, null);
        LegalReference fresh = new LegalReference("rf-1", "1 kap. 2 § regeringsformen", LegalStatus.VERIFIED,
                TODAY.minusDays(10), null);
        CaseDefinition first = withReferences("case-01", List.of(due, fresh), "fl-6");
        CaseDefinition second = withReferences("case-02", List.of(due), null);
        Course course = ContentFixtures.course(ContentFixtures.defaultPrinciples(), List.of(), List.of(first, second),
                List.of());

        List<DueReference> list = ReferenceReview.due(course, TODAY, 365);

        assertThat(list).hasSize(1);
        DueReference entry = list.get(0);
        assertThat(entry.referenceId()).isEqualTo("fl-6");
        assertThat(entry.citation()).isEqualTo("6 § förvaltningslagen (2017:900)");
        assertThat(entry.reasons()).containsExactly(Reason.NEVER_REVIEWED);
        assertThat(entry.usages()).containsExactly(
                new Usage("case-01", "Fall case-01", null, null),
                new Usage("case-01", "Fall case-01", "dp1", "A"),
                new Usage("case-02", "Fall case-02", null, null));
    }

    @Test
    void aDifferentCitationUnderTheSameIdIsItsOwnEntry() {
        LegalReference one = new LegalReference("ekmr-art-14", "art. 14 Europakonventionen", LegalStatus.CHECK, null, null);
        LegalReference other = new LegalReference("ekmr-art-14", "art. 14 Europakonventionen", LegalStatus.VERIFIED, null, null);
        Course course = ContentFixtures.course(ContentFixtures.defaultPrinciples(), List.of(),
                List.of(withReferences("case-01", List.of(one), null), withReferences("case-02", List.of(other), null)),
                List.of());

        assertThat(ReferenceReview.due(course, TODAY, 365)).extracting(DueReference::status)
                .containsExactly(LegalStatus.CHECK, LegalStatus.VERIFIED);
    }

    @Test
    void aNegativeMaximumAgeIsRefused() {
        assertThatThrownBy(() -> ReferenceReview.due(ContentFixtures.validCourse(), TODAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Set<Reason> reasons(LegalStatus status, LocalDate reviewed) {
        return ReferenceReview.reasons(new LegalReference("x", "X", status, reviewed, null), TODAY.minusDays(365));
    }

    /** A one-step case whose option A relies on {@code optionReference} (null: on none). */
    private static CaseDefinition withReferences(String id, List<LegalReference> references, String optionReference) {
        CaseDefinition base = aCase(id).module("M1").start("dp1").principlesInFocus("P-ID").steps(
                step("dp1",
                        optionReference == null ? option("A").best().score(2).next("end").build()
                                : option("A").best().score(2).legal(optionReference).next("end").build(),
                        option("B").score(0).next("end").build())).build();
        return new CaseDefinition(base.id(), base.module(), base.title(), base.estimatedMinutes(), base.setting(),
                base.role(), base.principlesInFocus(), base.narrative(), base.start(), base.steps(), base.reflection(),
                references);
    }
}
