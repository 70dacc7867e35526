package se.kasus.content.application;

import java.util.List;
import java.util.Map;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.ContentRules;
import se.kasus.content.domain.Course;

/**
 * The import's checks for course files held anywhere (an authoring draft, say): the files are read exactly as
 * the folder import reads a folder (YAML, JSON Schema, model, file names) and the course then goes through
 * {@link ContentRules}, so an editor sees the same problems an import would report.
 */
public interface CourseChecks {

    /**
     * Reads and checks the files.
     *
     * @param name  what to call the course in problems and logs (a draft id, say)
     * @param files path within the course folder ({@code cases/case-01.yaml}) to the file's bytes (YAML, or JSON,
     *              which YAML reads as well)
     */
    Checked check(String name, Map<String, byte[]> files);

    /** The course's files as the canonical YAML the content hash is taken over, by path. */
    Map<String, byte[]> canonicalFiles(Course course);

    /** The problems of files read as {@code loaded}: those that stopped the reading, else the content rules'. */
    static List<ContentProblem> problemsOf(LoadedCourse loaded) {
        return loaded.course() == null ? loaded.problems() : ContentRules.check(loaded.course());
    }

    /** What was read (course null when the files could not be read) and every problem found. */
    record Checked(LoadedCourse loaded, List<ContentProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean publishable() {
            return problems.isEmpty() && loaded.course() != null;
        }
    }
}
