package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.content.application.CourseChecks;
import se.kasus.content.application.LoadedCourse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The import's checks over documents held as JSON (as authoring drafts hold them): the same course, hash and rules. */
class FolderCourseChecksTest {

    private static final Path SHIPPED = Path.of("course-content", "mr-offentlig-verksamhet");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FolderCourseChecks checks = new FolderCourseChecks();

    @Test
    void theShippedCourseAsPrettyJsonDocumentsReadsAsTheSameCourseWithTheSameHashAndNoProblems() {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();

        CourseChecks.Checked checked = checks.check("draft", asJson(checks.canonicalFiles(shipped.course())));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.publishable()).isTrue();
        assertThat(checked.loaded().course()).isEqualTo(shipped.course());
        assertThat(checked.loaded().contentHash()).isEqualTo(shipped.contentHash());
    }

    @Test
    void aBrokenRuleInAJsonDocumentIsReportedWithTheImportsRuleNameAndField() {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();
        Map<String, byte[]> files = asJson(checks.canonicalFiles(shipped.course()));
        String case01 = new String(files.get("cases/case-01.yaml"));
        files.put("cases/case-01.yaml", case01.replaceFirst("\"next\" : \"dp2\"", "\"next\" : \"dp9\"").getBytes());

        CourseChecks.Checked checked = checks.check("draft", files);

        assertThat(checked.publishable()).isFalse();
        assertThat(checked.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("cases/case-01.yaml");
            assertThat(p.rule()).isEqualTo("option-target-exists");
            assertThat(p.field()).matches("steps\\[0\\]\\.options\\[\\d\\]\\.next");
        });
    }

    @Test
    void aMissingFileStopsTheReadingWithTheReadersProblem() {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();
        Map<String, byte[]> files = asJson(checks.canonicalFiles(shipped.course()));
        files.remove("principles.yaml");

        CourseChecks.Checked checked = checks.check("draft", files);

        assertThat(checked.loaded().course()).isNull();
        assertThat(checked.problems()).extracting(p -> p.file() + " " + p.rule()).contains("principles.yaml file-exists");
    }

    private static Map<String, byte[]> asJson(Map<String, byte[]> yamlFiles) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        Map<String, byte[]> json = new LinkedHashMap<>();
        yamlFiles.forEach((path, bytes) -> {
            JsonNode tree = yaml.readTree(bytes);
            json.put(path, JSON.writeValueAsBytes(tree));
        });
        return json;
    }
}
