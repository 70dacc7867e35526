package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.kasus.content.application.LoadedCourse;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.ContentRules;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.LegalStatus;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.ReferenceReview;

/**
 * The shipped course after the review against its brief (issue 8): the glossary explains every key concept, the
 * corrections are in place, and the learner-visible citations follow one style.
 */
class ShippedCourseContentTest {

    private static final Path SHIPPED = Path.of("course-content", "mr-offentlig-verksamhet");

    private static Course course() {
        LoadedCourse loaded = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();
        assertThat(loaded.problems()).isEmpty();
        assertThat(ContentRules.check(loaded.course())).isEmpty();
        return loaded.course();
    }

    private static List<LegalReference> allReferences(Course course) {
        List<LegalReference> references = new java.util.ArrayList<>();
        course.cases().forEach(c -> references.addAll(c.legalReferences()));
        course.questionBanks().forEach(b -> b.questions().forEach(q -> references.addAll(q.sources())));
        return references;
    }

    @Test
    void theGlossaryExplainsEveryKeyConceptOfEveryModule() {
        Course course = course();
        assertThat(course.glossary()).hasSizeGreaterThanOrEqualTo(40);
        for (Module module : course.modules()) {
            for (String concept : module.keyConcepts()) {
                assertThat(course.glossaryTerm(concept)).as(module.id() + ": " + concept).isPresent();
            }
        }
        assertThat(course.glossaryTerm("Myndighetsutövning")).isPresent();
        assertThat(course.glossary()).allSatisfy(t -> assertThat(t.links())
                .allSatisfy(l -> assertThat(l.url()).startsWith("https://")));
    }

    @Test
    void ekmrArticle14HasOneStatusAcrossCases() {
        Set<LegalStatus> statuses = course().cases().stream().flatMap(c -> c.legalReferences().stream())
                .filter(r -> r.id().equals("ekmr-art-14")).map(LegalReference::status).collect(Collectors.toSet());
        assertThat(statuses).containsExactly(LegalStatus.VERIFIED);
    }

    @Test
    void theModuleIntroductionsAreCorrected() {
        Course course = course();
        String m2 = course.module("M2").orElseThrow().introduction();
        assertThat(m2).doesNotContain("sex former av diskriminering som har samband med sju")
                .contains("Fem av dem har samband med någon av").contains("sexuella trakasserier");
        assertThat(course.module("M4").orElseThrow().introduction()).contains("ska lämnas ut genast");
    }

    @Test
    void citationsFollowOneStyleAndNameNoRealAgencysRiskModel() {
        List<String> citations = allReferences(course()).stream().map(LegalReference::citation).toList();
        assertThat(citations).hasSizeGreaterThan(100);
        assertThat(citations).noneMatch(c -> c.startsWith("Lag (") || c.startsWith("Prop.") || c.startsWith("Art.")
                || c.toLowerCase().startsWith("artikel") || c.matches(".*\\(lag \\d{4}:\\d+.*"));
        assertThat(citations).noneMatch(c -> c.contains("Försäkringskassan"));
    }

    @Test
    void referencesDueForReviewInTheShippedCourse() {
        Course course = course();
        List<ReferenceReview.DueReference> due = ReferenceReview.due(course, LocalDate.of(2026, 12, 4), 365);
        long caseReferences = course.cases().stream().mapToLong(c -> c.legalReferences().size()).sum();
        Map<String, Long> byCase = course.cases().stream()
                .collect(Collectors.toMap(CaseDefinition::id, c -> (long) c.legalReferences().size()));
        // No reference of the shipped course has been reviewed yet (every lastReviewed is null), so every
        // distinct case reference is due; the count is reported in the session's closing note.
        long distinct = course.cases().stream().flatMap(c -> c.legalReferences().stream())
                .map(r -> List.of(r.id(), r.citation(), r.status().name())).distinct().count();
        assertThat(due).hasSize((int) distinct);
        assertThat(due).allSatisfy(d -> assertThat(d.reasons()).contains(ReferenceReview.Reason.NEVER_REVIEWED));
        assertThat(due.stream().mapToLong(d -> d.usages().stream().filter(u -> u.stepId() == null).count()).sum())
                .isEqualTo(caseReferences);
        System.out.println("Shipped course: " + due.size() + " references due for review (" + caseReferences
                + " case references in " + byCase.size() + " cases; marked check: "
                + due.stream().filter(d -> d.status() == LegalStatus.CHECK).count() + ")");
    }
}
