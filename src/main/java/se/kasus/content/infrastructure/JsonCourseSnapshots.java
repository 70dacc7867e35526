package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.kasus.content.application.CourseSnapshots;
import se.kasus.content.domain.Course;
import tools.jackson.databind.json.JsonMapper;

@ApplicationScoped
public class JsonCourseSnapshots implements CourseSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String write(Course course) {
        return JSON.writeValueAsString(course);
    }

    @Override
    public Course read(String snapshot) {
        return JSON.readValue(snapshot, Course.class);
    }
}
