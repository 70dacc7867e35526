package se.kasus.content.application;

import java.util.List;

/** Reads every course folder: files parsed and checked against the JSON Schemas. */
public interface CourseSource {

    List<LoadedCourse> readAll();
}
