package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kasus.content.application.LoadedCourse;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.ContentRules;
import se.kasus.content.domain.PassRule;
import se.kasus.content.domain.Course;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The real course folder, copied and read by the real reader with the packaged schemas. Each rule
 * test breaks one file of the copy and expects exactly the problem that break causes, the way the
 * importer sees it: the reader's problems when a file could not be read, otherwise the rules'.
 */
class ContentValidationIT {

    private static final Path REAL_COURSE = Path.of("course-content", "mr-offentlig-verksamhet");
    private static final String CASE_01 = "cases/case-01.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @TempDir
    Path temp;

    private Path course;

    @BeforeEach
    void copyTheRealCourse() {
        course = copyCourseInto(temp.resolve("copy"));
    }

    // The course as shipped

    @Test
    void theShippedCourseHasNoProblems() {
        LoadedCourse loaded = read(course);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.course()).isNotNull();
        assertThat(ContentRules.check(loaded.course())).isEmpty();
    }

    @Test
    void theShippedCourseHasTenCasesTwentyFourStepsAndThirtyQuestions() {
        Course shipped = read(course).course();

        assertThat(shipped.id()).isEqualTo("mr-offentlig-verksamhet");
        assertThat(shipped.modules()).hasSize(6);
        assertThat(shipped.cases()).hasSize(10);
        assertThat(shipped.stepCount()).isEqualTo(24);
        assertThat(shipped.questionCount()).isEqualTo(30);
    }

    @Test
    void theShippedCourseUsesTheBriefsPassRuleInEveryModule() {
        Course shipped = read(course).course();

        assertThat(shipped.info().completion()).isEqualTo(new PassRule(70, 70));
        assertThat(shipped.modules()).allSatisfy(m -> assertThat(m.passRule()).isEqualTo(new PassRule(70, 70)));
    }

    // The pass rule: course.yaml's completion, with module overrides, resolved at import

    @Test
    void aModuleOverridesEitherNumberOfTheCoursesPassRule() {
        editTree("modules/m2.yaml", root -> root.put("casePassPercent", 50));
        editTree("modules/m3.yaml", root -> root.put("quizPassPercent", 80));

        Course read = read(course).course();

        assertThat(read.module("M1").orElseThrow().passRule()).isEqualTo(new PassRule(70, 70));
        assertThat(read.module("M2").orElseThrow().passRule()).isEqualTo(new PassRule(70, 50));
        assertThat(read.module("M3").orElseThrow().passRule()).isEqualTo(new PassRule(80, 70));
    }

    @Test
    void withoutACompletionRuleModulesNeedTheirQuizPercentAndHaveNoCaseRule() {
        editTree("course.yaml", root -> root.remove("completion"));
        for (int i = 1; i <= 6; i++) {
            editTree("modules/m" + i + ".yaml", root -> root.put("quizPassPercent", 70));
        }

        Course read = read(course).course();

        assertThat(read.info().completion()).isNull();
        assertThat(read.modules()).allSatisfy(m -> assertThat(m.passRule()).isEqualTo(new PassRule(70, 0)));
    }

    @Test
    void aModuleWithoutAQuizPercentInACourseWithoutACompletionRuleIsReported() {
        editTree("course.yaml", root -> root.remove("completion"));
        for (int i = 2; i <= 6; i++) {
            editTree("modules/m" + i + ".yaml", root -> root.put("quizPassPercent", 70));
        }

        assertProblems(tuple("modules/m1.yaml", "quizPassPercent", "pass-rule-defined"));
    }

    @Test
    void aCasePercentAboveAHundredIsASchemaViolation() {
        editTree("course.yaml", root -> object(root, "/completion").put("casePercent", 101));

        assertThat(problems()).extracting(ContentProblem::file).containsExactly("course.yaml");
    }

    @Test
    void theFolderNameIsReportedWithTheCourse() {
        assertThat(read(course).folder()).isEqualTo("mr-offentlig-verksamhet");
    }

    // What the reader catches

    @Test
    void aMissingRequiredFieldIsASchemaViolation() {
        editTree(CASE_01, root -> root.remove("title"));

        assertProblems(tuple(CASE_01, "title", "schema:required"));
    }

    @Test
    void aFileThatIsNotValidYamlIsReportedWithItsLine() {
        replace(CASE_01, "title: Den arga sökanden", "title: [Den arga sökanden");

        List<ContentProblem> problems = problems();

        assertThat(problems).extracting(ContentProblem::file, ContentProblem::rule).containsExactly(tuple(CASE_01, "yaml"));
        assertThat(problems.get(0).field()).matches("line \\d+");
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsReported() {
        replace(CASE_01, "id: case-01\n", "id: case-11\n");

        assertProblems(tuple(CASE_01, "id", "id-matches-file-name"));
    }

    // What the rules catch

    @Test
    void aStartThatNamesNoStepIsReportedAndLeavesEveryStepUnreachable() {
        editTree(CASE_01, root -> root.put("start", "dp9"));

        assertProblems(
                tuple(CASE_01, "start", "start-exists"),
                tuple(CASE_01, "steps[0]", "step-reachable"),
                tuple(CASE_01, "steps[1]", "step-reachable"));
    }

    @Test
    void anOptionLeadingToAStepThatDoesNotExistIsReported() {
        editTree(CASE_01, root -> object(root, "/steps/0/options/1").put("next", "dp7"));

        assertProblems(tuple(CASE_01, "steps[0].options[1].next", "option-target-exists"));
    }

    @Test
    void aStepThatNoOptionLeadsToIsReported() {
        editTree(CASE_01, root -> array(root, "/steps/0/options")
                .forEach(option -> ((ObjectNode) option).put("next", "end")));

        assertProblems(tuple(CASE_01, "steps[1]", "step-reachable"));
    }

    @Test
    void optionsLeadingRoundInACircleAreReported() {
        editTree(CASE_01, root -> object(root, "/steps/1/options/0").put("next", "dp1"));

        assertProblems(tuple(CASE_01, "steps", "no-cycle"));
    }

    @Test
    void aDecisionPointWithOneOptionIsReported() {
        editTree(CASE_01, root -> {
            ArrayNode options = array(root, "/steps/1/options");
            options.remove(2);
            options.remove(0);
        });

        assertProblems(tuple(CASE_01, "steps[1].options", "option-count"));
    }

    @Test
    void aDecisionPointWithFiveOptionsIsReported() {
        // The schema allows option ids A–D only, so a fifth option must repeat an id.
        editTree(CASE_01, root -> {
            ArrayNode options = array(root, "/steps/1/options");
            options.add(((ObjectNode) options.get(0).deepCopy()).put("id", "D"));
            options.add(((ObjectNode) options.get(2).deepCopy()).put("id", "D"));
        });

        assertProblems(
                tuple(CASE_01, "steps[1].options", "option-count"),
                tuple(CASE_01, "steps[1].options[4].id", "unique-id"));
    }

    @Test
    void aScoreOfThreeIsReported() {
        editTree(CASE_01, root -> object(root, "/steps/0/options/1").put("score", 3));

        assertProblems(tuple(CASE_01, "steps[0].options[1].score", "score-range"));
    }

    @Test
    void aPrincipleCodeThatPrinciplesYamlDoesNotDefineIsReported() {
        editTree(CASE_01, root -> array(root, "/steps/0/options/1/honours").set(0, "P-XX"));

        assertProblems(tuple(CASE_01, "steps[0].options[1].honours[0]", "principle-known"));
    }

    @Test
    void aDecisionPointWithoutABestOptionIsReported() {
        editTree(CASE_01, root -> object(root, "/steps/0/options/1").remove("best"));

        assertProblems(tuple(CASE_01, "steps[0].options", "one-best-option"));
    }

    @Test
    void aDecisionPointWithTwoBestOptionsIsReported() {
        // C gets the top score too, so only the second best mark is wrong.
        editTree(CASE_01, root -> object(root, "/steps/0/options/2").put("best", true).put("score", 2));

        assertProblems(tuple(CASE_01, "steps[0].options", "one-best-option"));
    }

    @Test
    void aQuizKeyThatIsNotOneOfTheOptionsIsReported() {
        editTree("quizzes/quiz-m1.yaml", root -> object(root, "/questions/0").put("correct", "F"));

        assertProblems(tuple("quizzes/quiz-m1.yaml", "questions[0].correct", "quiz-key-among-options"));
    }

    @Test
    void anOptionCitingAReferenceTheCaseDoesNotListIsReported() {
        editTree(CASE_01, root -> array(root, "/steps/0/options/1/legalReferences").set(1, "fl-99"));

        assertProblems(tuple(CASE_01, "steps[0].options[1].legalReferences[1]", "legal-reference-exists"));
    }

    @Test
    void aModuleListedInCourseYamlWithoutAFileIsReported() {
        replace("course.yaml", "modules: [M1, M2, M3, M4, M5, M6]", "modules: [M1, M2, M3, M4, M5, M6, M7]");

        assertProblems(tuple("course.yaml", "modules[6]", "module-exists"));
    }

    @Test
    void aCaseListedInAModuleWithoutAFileIsReported() {
        replace("modules/m1.yaml", "cases: [case-01]", "cases: [case-01, case-11]");

        assertProblems(tuple("modules/m1.yaml", "cases[1]", "case-exists"));
    }

    // The content hash

    @Test
    void anUnchangedCourseHasTheSameHashEveryTimeAndInEveryFolder() {
        Path otherCopy = copyCourseInto(temp.resolve("other"));

        String hash = read(course).contentHash();

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(read(course).contentHash()).isEqualTo(hash);
        assertThat(read(otherCopy).contentHash()).isEqualTo(hash);
    }

    @ParameterizedTest
    @MethodSource("courseFiles")
    void aCommentInAnyFileKeepsTheHashSinceTheHashIsOverTheContent(String file) {
        String before = read(course).contentHash();

        write(file, text(file) + "\n# ändrad\n");

        assertThat(read(course).contentHash()).isEqualTo(before);
    }

    @Test
    void anEditToAnyKindOfFileChangesTheHash() {
        for (String[] edit : new String[][] {{"course.yaml", "title: Mänskliga", "title: Omänskliga"},
                {"principles.yaml", "code: P-ID", "code: P-IX"}, {"modules/m1.yaml", "id: M1", "id: M1\nquizPassPercent: 99"},
                {CASE_01, "Den arga sökanden", "Den glada sökanden"}, {"quizzes/quiz-m1.yaml", "correct: ", "correct: F\n#"}}) {
            String before = read(course).contentHash();
            String original = text(edit[0]);
            assertThat(original).as(edit[0]).contains(edit[1]);

            write(edit[0], original.replaceFirst(java.util.regex.Pattern.quote(edit[1]), edit[2]));
            LoadedCourse edited = read(course);
            write(edit[0], original);

            assertThat(edited.contentHash()).as(edit[0]).isNotEqualTo(before);
        }
    }

    @Test
    void anEditThatIsUndoneGivesTheOriginalHashBack() {
        String before = read(course).contentHash();
        String original = text(CASE_01);

        write(CASE_01, original.replace("Den arga sökanden", "Den glada sökanden"));
        String edited = read(course).contentHash();
        write(CASE_01, original);

        assertThat(edited).isNotEqualTo(before);
        assertThat(read(course).contentHash()).isEqualTo(before);
    }

    static Stream<String> courseFiles() throws IOException {
        try (Stream<Path> files = Files.walk(REAL_COURSE)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> REAL_COURSE.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    // Helpers

    private static LoadedCourse read(Path folder) {
        return new CourseFolderReader(new ContentSchemas(), folder).read();
    }

    /** The problems as the importer sees them. */
    private List<ContentProblem> problems() {
        LoadedCourse loaded = read(course);
        return loaded.course() == null ? loaded.problems() : ContentRules.check(loaded.course());
    }

    private void assertProblems(Tuple... expected) {
        assertThat(problems())
                .extracting(ContentProblem::file, ContentProblem::field, ContentProblem::rule)
                .containsExactlyInAnyOrder(expected);
    }

    private static Path copyCourseInto(Path parent) {
        Path target = parent.resolve(REAL_COURSE.getFileName());
        try (Stream<Path> files = Files.walk(REAL_COURSE)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(REAL_COURSE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private void replace(String file, String from, String to) {
        String text = text(file);
        assertThat(text).as("the text to replace in %s", file).contains(from);
        write(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    private void editTree(String file, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) yaml.readTree(text(file));
        edit.accept(root);
        write(file, yaml.writeValueAsString(root));
    }

    private static ObjectNode object(JsonNode root, String pointer) {
        return (ObjectNode) root.requiredAt(pointer);
    }

    private static ArrayNode array(JsonNode root, String pointer) {
        return (ArrayNode) root.requiredAt(pointer);
    }

    private String text(String file) {
        try {
            return Files.readString(course.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(course.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
