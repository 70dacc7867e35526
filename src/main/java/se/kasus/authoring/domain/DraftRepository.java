package se.kasus.authoring.domain;

import java.util.List;
import java.util.Optional;

public interface DraftRepository {

    Optional<Draft> findById(String id);

    /** Every draft, the most recently changed first. */
    List<Draft> findAll();

    void add(Draft draft);

    void remove(Draft draft);

    /**
     * Writes the changes now, so that a concurrent change of the same draft fails here (optimistic lock, answered
     * 409) rather than at commit.
     */
    void flush();
}
