package se.kasus.content.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import se.kasus.content.domain.Course;

/** The courses in the repository's course-content folder, read by the same reader as the import, for unit tests. */
public final class ShippedCourses {

    private ShippedCourses() {
    }

    public static List<Course> all() {
        try (Stream<Path> folders = Files.list(Path.of("course-content"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("course.yaml"))).sorted()
                    .map(folder -> new CourseFolderReader(new ContentSchemas(), folder).read())
                    .map(loaded -> {
                        if (loaded.course() == null) {
                            throw new IllegalStateException("Unreadable course " + loaded.folder() + ": " + loaded.problems());
                        }
                        return loaded.course();
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
