package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.CanonicalActivity;
import se.kasus.tracking.lrs.domain.CanonicalActivityRepository;
import se.kasus.tracking.lrs.domain.IndexKey;

@ApplicationScoped
public class JpaCanonicalActivityRepository implements CanonicalActivityRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<CanonicalActivity> find(String activityId) {
        return Optional.ofNullable(em.find(CanonicalActivity.class, IndexKey.of(activityId)));
    }

    @Override
    public void add(CanonicalActivity activity) {
        em.persist(activity);
    }
}
