package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kasus.content.application.CourseChecks;
import se.kasus.content.application.LoadedCourse;
import se.kasus.testsupport.ContentRuleBreakages;
import se.kasus.testsupport.ContentRuleBreakages.Breakage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every breakage the authoring API test uses breaks the shipped course in its rule, at its field, with the import's checks. */
class ContentRuleBreakagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FolderCourseChecks checks = new FolderCourseChecks();

    static Stream<Breakage> breakages() {
        return ContentRuleBreakages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBreakageIsReportedWithItsRuleAndField(Breakage breakage) {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), Path.of("course-content", "mr-offentlig-verksamhet")).read();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        YAMLMapper yaml = YAMLMapper.builder().build();
        checks.canonicalFiles(shipped.course()).forEach((path, bytes) -> documents.put(path, yaml.readTree(bytes)));
        breakage.edit().accept(documents);
        Map<String, byte[]> files = new LinkedHashMap<>();
        documents.forEach((path, doc) -> files.put(path, JSON.writeValueAsBytes(doc)));

        CourseChecks.Checked checked = checks.check("draft", files);

        assertThat(checked.problems()).extracting(p -> p.rule() + " " + p.file() + " " + p.field())
                .contains(breakage.rule() + " " + breakage.file() + " " + breakage.field());
    }
}
