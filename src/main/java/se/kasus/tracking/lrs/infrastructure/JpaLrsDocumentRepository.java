package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.LrsDocument;
import se.kasus.tracking.lrs.domain.LrsDocumentRepository;

@ApplicationScoped
public class JpaLrsDocumentRepository implements LrsDocumentRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<LrsDocument> find(DocumentAddress address) {
        return em.createQuery("SELECT d FROM LrsDocument d WHERE d.scopeKey = :scope AND d.documentId = :id", LrsDocument.class)
                .setParameter("scope", address.scopeKey())
                .setParameter("id", address.documentId())
                .getResultStream().findFirst();
    }

    @Override
    public List<LrsDocument> inScope(DocumentAddress address, Instant since) {
        String jpql = "SELECT d FROM LrsDocument d WHERE d.scopeKey = :scope"
                + (since == null ? "" : " AND d.updated > :since") + " ORDER BY d.documentId";
        var query = em.createQuery(jpql, LrsDocument.class).setParameter("scope", address.scopeKey());
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
}
