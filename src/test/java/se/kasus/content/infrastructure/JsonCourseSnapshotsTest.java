package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kasus.content.domain.ContentFixtures.validCourse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.CourseInfo;
import se.kasus.content.domain.PassRule;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.LegalStatus;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuestionBank;
import se.kasus.content.domain.GlossaryTerm;

class JsonCourseSnapshotsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void aSnapshotStoredBeforeThePassRuleReadsWithoutACaseRuleSoOldVersionsKeepTheirRule() {
        Course course = ContentFixtures.courseWith(ContentFixtures.twoStepCase("case-01", "M1").build());
        ObjectNode json = (ObjectNode) JSON.readTree(snapshots.write(course));
        ((ObjectNode) json.path("info")).remove("completion");
        ((ObjectNode) json.path("modules").get(0)).remove("casePassPercent");
        assertThat(json.toString()).doesNotContain("casePassPercent", "completion").contains("\"quizPassPercent\":70");

        Course read = snapshots.read(json.toString(), 1);

        assertThat(read.info().completion()).isNull();
        assertThat(read.modules().get(0).quizPassPercent()).isEqualTo(70);
        assertThat(read.modules().get(0).casePassPercent()).isZero();
    }

    @Test
    void thePassRuleOfCourseAndModulesSurvivesTheSnapshot() {
        Course base = validCourse();
        Course course = new Course(new CourseInfo(base.info().id(), base.info().title(), base.info().language(),
                base.info().summary(), base.info().goal(), base.info().audience(), base.info().modules(), new PassRule(70, 70)),
                base.principles(), List.of(ContentFixtures.moduleWithRule("M1", "quiz-m1", new PassRule(80, 60), "case-01")),
                base.cases(), base.questionBanks());

        Course read = snapshots.read(snapshots.write(course), snapshots.format());

        assertThat(read).isEqualTo(course);
        assertThat(read.modules().get(0).passRule()).isEqualTo(new PassRule(80, 60));
    }

    @Test
    void theGlossarySurvivesTheSnapshotAndOlderSnapshotsReadWithAnEmptyOne() {
        Course base = validCourse();
        Course course = new Course(base.info(), base.principles(), base.modules(), base.cases(), base.questionBanks(),
                List.of(new GlossaryTerm("kommunicering", "Att parten får yttra sig innan beslut.", List.of("kommunikation"),
                        List.of(new GlossaryTerm.GlossaryLink("Riksdagen", "https://www.riksdagen.se")))));

        Course read = snapshots.read(snapshots.write(course), snapshots.format());
        assertThat(read).isEqualTo(course);
        assertThat(read.glossaryTerm("Kommunikation")).map(GlossaryTerm::term).contains("kommunicering");

        ObjectNode json = (ObjectNode) JSON.readTree(snapshots.write(course));
        json.remove("glossary");
        assertThat(snapshots.read(json.toString(), 1).glossary()).isEmpty();
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
