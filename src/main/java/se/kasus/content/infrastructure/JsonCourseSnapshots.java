package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.kasus.content.application.CourseSnapshots;
import se.kasus.content.domain.Course;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snapshots as the JSON of the course records. Format 1 is the only one so far: fields added later read with
 * their defaults from older snapshots (a module's casePassPercent 0, the course's completion null), which keep
 * the rule those versions were played with.
 */
@ApplicationScoped
public class JsonCourseSnapshots implements CourseSnapshots {

    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Override
    public int format() {
        return FORMAT;
    }

    @Override
    public String write(Course course) {
        return JSON.writeValueAsString(course);
    }

    @Override
    public Course read(String snapshot, int format) {
        if (format != FORMAT) {
            throw new IllegalStateException("A course snapshot is stored in format " + format
                    + ", which this version of Kasus cannot read (it reads format " + FORMAT + ")");
        }
        return JSON.readValue(snapshot, Course.class);
    }
}
