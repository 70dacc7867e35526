package se.kasus.tracking.lrs.domain;

import java.util.Optional;

public interface CanonicalActivityRepository {

    Optional<CanonicalActivity> find(String activityId);

    void add(CanonicalActivity activity);
}
