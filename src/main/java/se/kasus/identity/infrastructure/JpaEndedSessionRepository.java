package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import se.kasus.identity.domain.EndedSession;
import se.kasus.identity.domain.EndedSessionRepository;

@ApplicationScoped
public class JpaEndedSessionRepository implements EndedSessionRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public boolean contains(String sessionId) {
        return em.find(EndedSession.class, sessionId) != null;
    }

    @Override
    public void add(EndedSession session) {
        if (em.find(EndedSession.class, session.sessionId()) == null) {
            em.persist(session);
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        return em.createQuery("DELETE FROM EndedSession e WHERE e.forgetAfter < :now")
                .setParameter("now", now).executeUpdate();
    }
}
