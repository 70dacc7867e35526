package se.kasus.content.domain;

import java.util.List;

/** What course.yaml says about the course itself. */
public record CourseInfo(String id, String title, String language, String summary, String goal, String audience,
                         List<String> modules) {

    public CourseInfo {
        modules = Lists.orEmpty(modules);
    }
}
