package se.kasus.tracking.lrs.application;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.CanonicalActivity;
import se.kasus.tracking.lrs.domain.CanonicalActivityRepository;
import se.kasus.tracking.lrs.domain.IndexKey;

final class InMemoryCanonicalActivityRepository implements CanonicalActivityRepository {

    final Map<String, CanonicalActivity> activities = new HashMap<>();

    @Override
    public Optional<CanonicalActivity> find(String activityId) {
        return Optional.ofNullable(activities.get(IndexKey.of(activityId)));
    }

    @Override
    public void add(CanonicalActivity activity) {
        try {
            Field key = CanonicalActivity.class.getDeclaredField("activityKey");
            key.setAccessible(true);
            activities.put((String) key.get(activity), activity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
