package se.kasus.authoring.domain;

import java.util.List;
import java.util.Optional;

public interface DraftRepository {

    Optional<Draft> findById(String id);

    /** Every draft, the most recently changed first. */
    List<Draft> findAll();

    void add(Draft draft);

    void remove(Draft draft);
}
