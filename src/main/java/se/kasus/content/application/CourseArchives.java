package se.kasus.content.application;

import java.io.InputStream;
import se.kasus.content.domain.Course;

/** Courses as zip files in the {@code course-content/} format. */
public interface CourseArchives {

    /** The course as a zip: one folder named by the course id holding course.yaml, principles.yaml, modules/ ... */
    byte[] write(Course course);

    /**
     * Reads a zip of one course folder (at the zip root or in one top folder) the way the folder import reads a
     * folder. A zip that is too large, holds too many files or names a path outside the folder is refused with
     * {@link se.kasus.shared.domain.InvalidInputException} before any file is parsed.
     */
    LoadedCourse read(InputStream zip);
}
