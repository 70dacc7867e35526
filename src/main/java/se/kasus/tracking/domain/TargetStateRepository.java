package se.kasus.tracking.domain;

import java.util.Optional;

public interface TargetStateRepository {

    Optional<TargetState> find(String target);

    /** The state with its row locked until the transaction ends, so instances take turns at a target. */
    Optional<TargetState> findLocked(String target);

    void add(TargetState state);
}
