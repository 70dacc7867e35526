package se.kasus.tracking.domain;

import java.util.Optional;

public interface TargetStateRepository {

    Optional<TargetState> find(String target);

    void add(TargetState state);
}
