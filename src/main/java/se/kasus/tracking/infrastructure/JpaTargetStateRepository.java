package se.kasus.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.kasus.tracking.domain.TargetState;
import se.kasus.tracking.domain.TargetStateRepository;

@ApplicationScoped
public class JpaTargetStateRepository implements TargetStateRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<TargetState> find(String target) {
        return Optional.ofNullable(em.find(TargetState.class, target));
    }

    @Override
    public Optional<TargetState> findLocked(String target) {
        return Optional.ofNullable(em.find(TargetState.class, target, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(TargetState state) {
        em.persist(state);
    }
}
