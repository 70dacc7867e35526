package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kasus.content.domain.ContentFixtures.validCourse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.LegalStatus;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuestionBank;

class JsonCourseSnapshotsTest {

    private final JsonCourseSnapshots snapshots = new JsonCourseSnapshots();

    @Test
    void aCourseReadBackFromItsSnapshotIsEqualToTheOriginal() {
        Course course = validCourse();

        assertThat(snapshots.read(snapshots.write(course), snapshots.format())).isEqualTo(course);
    }

    @Test
    void reviewDatesStatusesAndNotesSurviveTheSnapshot() {
        Course base = validCourse();
        CaseDefinition c = base.cases().get(0);
        LegalReference reviewed = new LegalReference("rf-1", "1 kap. 9 § regeringsformen", LegalStatus.CHECK,
                LocalDate.of(2025, 2, 28), "Ordalydelsen ska kontrolleras.");
        CaseDefinition withReview = new CaseDefinition(c.id(), c.module(), c.title(), c.estimatedMinutes(), c.setting(),
                c.role(), c.principlesInFocus(), c.narrative(), c.start(), c.steps(), c.reflection(), List.of(reviewed));
        Question q = base.questionBanks().get(0).questions().get(0);
        Question withSource = new Question(q.id(), q.stem(), q.options(), q.correct(), q.explanation(),
                List.of(new LegalReference(null, "5 § förvaltningslagen", LegalStatus.UNVERIFIED, null, null)));
        Course course = new Course(base.info(), base.principles(), base.modules(), List.of(withReview),
                List.of(new QuestionBank("quiz-m1", "M1", List.of(withSource))));

        Course read = snapshots.read(snapshots.write(course), snapshots.format());

        assertThat(read).isEqualTo(course);
        assertThat(read.cases().get(0).legalReferences().get(0).lastReviewed()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aSnapshotInAFormatFromALaterKasusIsRefusedWithTheFormatNamed() {
        String json = snapshots.write(validCourse());

        assertThatThrownBy(() -> snapshots.read(json, snapshots.format() + 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 2");
    }

    @Test
    void theSnapshotHoldsTheContentNotDerivedValues() {
        String json = snapshots.write(validCourse());

        assertThat(json).doesNotContain("bestPath", "maxScore", "stepCount", "endsCase");
    }
}
