package se.kasus.cmi5.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.kasus.cmi5.domain.ActorLink;
import se.kasus.cmi5.domain.ActorLinkRepository;

@ApplicationScoped
public class JpaActorLinkRepository implements ActorLinkRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<ActorLink> findByKey(String actorKey) {
        return em.createQuery("SELECT a FROM ActorLink a WHERE a.actorKey = :key", ActorLink.class)
                .setParameter("key", actorKey).getResultStream().findFirst();
    }

    @Override
    public void add(ActorLink link) {
        em.persist(link);
        em.flush();
    }
}
