package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentRepository;
import se.kasus.tracking.lrs.domain.LrsDocument;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<LrsDocument> find(DocumentAddress address) {
        return em.createQuery("SELECT d FROM LrsDocument d WHERE d.documentKey = :key", LrsDocument.class)
                .setParameter("key", address.documentKey())
                .getResultStream().findFirst();
    }

    /**
     * Locks by writing the row (its version goes up) rather than by {@code SELECT ... FOR UPDATE}: on Derby that
     * lock turns shared once the cursor moves on, and two requests holding it both then wait to write the row.
     */
    @Override
    public Optional<LrsDocument> findForChange(DocumentAddress address) {
        int locked = em.createQuery("UPDATE LrsDocument d SET d.version = d.version + 1 WHERE d.documentKey = :key")
                .setParameter("key", address.documentKey())
                .executeUpdate();
        return locked == 0 ? Optional.empty() : find(address);
    }

    @Override
    public List<LrsDocument> findAll(DocumentAddress scope, boolean anyRegistration, Instant since) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM LrsDocument d WHERE d.scopeKey = :scope");
        if (!anyRegistration) {
            jpql.append(scope.registration() == null ? " AND d.registration IS NULL" : " AND d.registration = :registration");
        }
        if (since != null) {
            jpql.append(" AND d.updated > :since");
        }
        TypedQuery<LrsDocument> query = em.createQuery(jpql.append(" ORDER BY d.updated").toString(), LrsDocument.class)
                .setParameter("scope", scope.scopeKey());
        if (!anyRegistration && scope.registration() != null) {
            query.setParameter("registration", scope.registration());
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getResultList();
    }

    @Override
    public void add(LrsDocument document) {
        em.persist(document);
    }

    @Override
    public void remove(LrsDocument document) {
        em.remove(document);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
