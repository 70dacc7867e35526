package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import se.kasus.content.application.CourseChecks;
import se.kasus.content.application.LoadedCourse;
import se.kasus.content.domain.Course;

/** {@link CourseChecks} with the folder import's own reader over files held in memory. */
@ApplicationScoped
public class FolderCourseChecks implements CourseChecks {

    private volatile ContentSchemas schemas;

    @Override
    public Checked check(String name, Map<String, byte[]> files) {
        LoadedCourse loaded = new CourseFolderReader(schemas(), name, CourseFiles.of(Map.copyOf(files))).read();
        return new Checked(loaded, CourseChecks.problemsOf(loaded));
    }

    @Override
    public Map<String, byte[]> canonicalFiles(Course course) {
        return CourseYaml.files(course);
    }

    private ContentSchemas schemas() {
        ContentSchemas loaded = schemas;
        if (loaded == null) {
            loaded = new ContentSchemas();
            schemas = loaded;
        }
        return loaded;
    }
}
