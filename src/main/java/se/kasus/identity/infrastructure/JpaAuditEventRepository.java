package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.kasus.identity.domain.AuditEvent;
import se.kasus.identity.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> newest(Instant before, String text, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        if (before != null) {
            jpql.append(" AND e.occurredAt < :before");
        }
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            // '!' as the escape character: the same on Derby and PostgreSQL, unlike the backslash.
            jpql.append(" AND (LOWER(e.actor) LIKE :text ESCAPE '!' OR LOWER(e.action) LIKE :text ESCAPE '!'"
                    + " OR LOWER(e.target) LIKE :text ESCAPE '!' OR LOWER(e.detail) LIKE :text ESCAPE '!')");
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class).setMaxResults(limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        if (filtered) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.getResultList();
    }
}
