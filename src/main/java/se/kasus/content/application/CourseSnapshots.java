package se.kasus.content.application;

import se.kasus.content.domain.Course;

/** Turns a validated course into the text stored with its version, and back. */
public interface CourseSnapshots {

    String write(Course course);

    Course read(String snapshot);
}
