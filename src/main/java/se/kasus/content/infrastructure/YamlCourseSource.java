package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.content.application.CourseSource;
import se.kasus.content.application.LoadedCourse;

/** Every folder under {@code kasus.content.dir} that holds a course.yaml is a course. */
@ApplicationScoped
public class YamlCourseSource implements CourseSource {

    private static final Logger LOG = Logger.getLogger(YamlCourseSource.class.getName());

    @Inject
    @ConfigProperty(name = "kasus.content.dir")
    String contentDir;

    @Override
    public List<LoadedCourse> readAll() {
        Path root = Path.of(contentDir);
        if (!Files.isDirectory(root)) {
            LOG.severe("Kasus content: the content folder " + root.toAbsolutePath()
                    + " does not exist; set kasus.content.dir (KASUS_CONTENT_DIR)");
            return List.of();
        }
        ContentSchemas schemas = new ContentSchemas();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("course.yaml")))
                    .sorted()
                    .map(f -> new CourseFolderReader(schemas, f).read())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
