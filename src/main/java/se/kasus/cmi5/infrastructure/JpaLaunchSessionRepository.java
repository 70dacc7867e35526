package se.kasus.cmi5.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.cmi5.domain.LaunchSession;
import se.kasus.cmi5.domain.LaunchSessionRepository;
import se.kasus.cmi5.domain.LaunchState;

@ApplicationScoped
public class JpaLaunchSessionRepository implements LaunchSessionRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(LaunchSession session) {
        em.persist(session);
    }

    @Override
    public Optional<LaunchSession> find(String id) {
        return Optional.ofNullable(em.find(LaunchSession.class, id));
    }

    @Override
    public List<LaunchSession> openSessionsOf(String accountId) {
        return em.createQuery("SELECT s FROM LaunchSession s WHERE s.accountId = :account AND s.state <> :terminated"
                        + " ORDER BY s.startedAt DESC", LaunchSession.class)
                .setParameter("account", accountId).setParameter("terminated", LaunchState.TERMINATED)
                .getResultList();
    }

    @Override
    public boolean registrationReached(String registration, String activityId, LaunchState state) {
        return !em.createQuery("SELECT s.id FROM LaunchSession s WHERE s.registration = :registration"
                        + " AND s.activityId = :activity AND s.outcome = :outcome", String.class)
                .setParameter("registration", registration).setParameter("activity", activityId)
                .setParameter("outcome", state).setMaxResults(1).getResultList().isEmpty();
    }
}
