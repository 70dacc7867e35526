package se.kasus.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.kasus.tracking.domain.OutboxEntry;
import se.kasus.tracking.domain.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(OutboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<OutboxEntry> nextBatch(String target, int limit) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.target = :target AND e.sentAt IS NULL ORDER BY e.id",
                        OutboxEntry.class)
                .setParameter("target", target)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OutboxEntry> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.id IN :ids", OutboxEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long countPending(String target) {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.target = :target AND e.sentAt IS NULL", Long.class)
                .setParameter("target", target).getSingleResult();
    }

    @Override
    public List<String> pendingTargets(String prefix) {
        return em.createQuery("SELECT DISTINCT e.target FROM OutboxEntry e WHERE e.target LIKE :prefix"
                        + " AND e.sentAt IS NULL", String.class)
                .setParameter("prefix", prefix.replace("%", "") + "%").getResultList();
    }

    @Override
    public long countSent(String target) {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.target = :target AND e.sentAt IS NOT NULL",
                        Long.class)
                .setParameter("target", target).getSingleResult();
    }
}
