package se.kasus.content.domain;

import java.util.List;
import java.util.Optional;

public interface CourseVersionRepository {

    Optional<CourseVersion> findById(long id);

    Optional<CourseVersion> findLatest(String courseId);

    Optional<CourseVersion> findByHash(String courseId, String contentHash);

    /** The newest version of every course. */
    List<CourseVersion> findAllLatest();

    /** Every version of the course, oldest first. */
    List<CourseVersion> findAll(String courseId);

    void add(CourseVersion version);
}
