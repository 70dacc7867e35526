package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.kasus.content.application.LoadedCourse;
import se.kasus.it.CourseZips;
import se.kasus.content.domain.ContentRules;
import se.kasus.shared.domain.InvalidInputException;

/** The shipped course written back as files and zip, read again by the folder reader: the same course and hash. */
class CourseExportTest {

    private static final Path SHIPPED = Path.of("course-content", "mr-offentlig-verksamhet");

    private final ZipCourseArchives archives = new ZipCourseArchives();

    @Test
    void theExportedShippedCourseReadsBackAsTheSameCourseWithTheSameHash() {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();
        assertThat(shipped.problems()).isEmpty();

        Map<String, byte[]> files = CourseYaml.files(shipped.course());
        LoadedCourse again = new CourseFolderReader(new ContentSchemas(), "export", CourseFiles.of(files)).read();

        assertThat(again.problems()).isEmpty();
        assertThat(again.course()).isEqualTo(shipped.course());
        assertThat(again.contentHash()).isEqualTo(shipped.contentHash()).matches("[0-9a-f]{64}");
        assertThat(ContentRules.check(again.course())).isEmpty();
        assertThat(files).containsKeys("course.yaml", "principles.yaml", "modules/m1.yaml", "cases/case-10.yaml",
                "quizzes/quiz-m6.yaml", "glossary.yaml");
        assertThat(again.course().glossary()).hasSize(47).isEqualTo(shipped.course().glossary());
    }

    @Test
    void theZipRoundTripKeepsTheHashAndHoldsOneCourseFolder() throws IOException {
        LoadedCourse shipped = new CourseFolderReader(new ContentSchemas(), SHIPPED).read();

        byte[] zip = archives.write(shipped.course());
        LoadedCourse imported = archives.read(new ByteArrayInputStream(zip));

        assertThat(imported.folder()).isEqualTo("mr-offentlig-verksamhet");
        assertThat(imported.course()).isEqualTo(shipped.course());
        assertThat(imported.contentHash()).isEqualTo(shipped.contentHash());
        assertThat(archives.unpack(new ByteArrayInputStream(zip))).containsKey("mr-offentlig-verksamhet/cases/case-01.yaml");
    }

    @Test
    void aZipWithAFileAtTheRootReadsLikeAFolder() throws IOException {
        byte[] zip = zip(Map.of("course.yaml", "id: x\n"));

        LoadedCourse loaded = archives.read(new ByteArrayInputStream(zip));

        assertThat(loaded.course()).isNull();
        assertThat(loaded.problems()).extracting(p -> p.rule()).contains("file-exists", "folder-exists");
    }

    @Test
    void pathTraversalIsRefusedBeforeAnyFileIsRead() throws IOException {
        for (String name : new String[] {"../course.yaml", "c/../../etc/passwd", "/etc/passwd", "c\\..\\x.yaml",
                "c/cases/../../x.yaml", "C:/x.yaml"}) {
            byte[] zip = zip(Map.of(name, "id: x\n"));
            assertThatThrownBy(() -> archives.read(new ByteArrayInputStream(zip)))
                    .as(name).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("zip-unsafe-path");
        }
    }

    @Test
    void aZipBombStopsAtTheUnpackedLimit() throws IOException {
        archives.maxBytes = 1_000_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("c/course.yaml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(200_000);

        assertThatThrownBy(() -> archives.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("zip-too-large");
    }

    @Test
    void tooManyFilesAreRefused() throws IOException {
        archives.maxFiles = 3;
        byte[] zip = zip(Map.of("c/a.yaml", "a", "c/b.yaml", "b", "c/d.yaml", "d", "c/e.yaml", "e"));

        assertThatThrownBy(() -> archives.read(new ByteArrayInputStream(zip)))
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("zip-too-many-files");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        byte[] notZip = "id: x\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> archives.read(new ByteArrayInputStream(notZip)))
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("zip-unreadable");
    }

    private static byte[] zip(Map<String, String> files) {
        return CourseZips.zip(files);
    }
}
