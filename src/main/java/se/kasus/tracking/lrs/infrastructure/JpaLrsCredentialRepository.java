package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.LrsCredential;
import se.kasus.tracking.lrs.domain.LrsCredentialRepository;

@ApplicationScoped
public class JpaLrsCredentialRepository implements LrsCredentialRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(LrsCredential credential) {
        em.persist(credential);
    }

    @Override
    public Optional<LrsCredential> findById(String id) {
        return Optional.ofNullable(em.find(LrsCredential.class, id));
    }

    @Override
    public Optional<LrsCredential> findByKey(String key) {
        return em.createQuery("SELECT c FROM LrsCredential c WHERE c.key = :key", LrsCredential.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public List<LrsCredential> findAll() {
        return em.createQuery("SELECT c FROM LrsCredential c ORDER BY c.createdAt, c.key", LrsCredential.class)
                .getResultList();
    }

    @Override
    public void remove(LrsCredential credential) {
        em.remove(credential);
    }
}
