package se.kasus.authoring.domain;

import java.util.List;

public interface PublicationRepository {

    /** Every publication of the course, oldest first. */
    List<Publication> findByCourse(String courseId);

    void add(Publication publication);
}
