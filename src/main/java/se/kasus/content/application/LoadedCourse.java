package se.kasus.content.application;

import java.util.List;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.Course;

/**
 * What a course folder held: the course and the hash of its files, or the problems that stopped
 * it from being read (then {@code course} is null).
 */
public record LoadedCourse(String folder, Course course, String contentHash, List<ContentProblem> problems) {

    public LoadedCourse {
        problems = List.copyOf(problems);
    }
}
