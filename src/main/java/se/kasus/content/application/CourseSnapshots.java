package se.kasus.content.application;

import se.kasus.content.domain.Course;

/** Turns a validated course into the text stored with its version, and back. */
public interface CourseSnapshots {

    /** The format {@link #write} produces; stored beside each snapshot. */
    int format();

    String write(Course course);

    /** Reads a snapshot in the given format; fails for a format this version of Kasus does not know. */
    Course read(String snapshot, int format);
}
