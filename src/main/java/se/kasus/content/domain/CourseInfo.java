package se.kasus.content.domain;

import java.util.List;

/**
 * What course.yaml says about the course itself. {@code completion} is the course's pass rule; null in content
 * (and stored versions) from before the rule existed, whose modules carry their own quiz percent.
 */
public record CourseInfo(String id, String title, String language, String summary, String goal, String audience,
                         List<String> modules, PassRule completion) {

    public CourseInfo {
        modules = Lists.orEmpty(modules);
    }
}
