package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import se.kasus.tracking.lrs.domain.AttachmentRepository;
import se.kasus.tracking.lrs.domain.StoredAttachment;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public List<StoredAttachment> findBySha2(Collection<String> sha2s) {
        if (sha2s.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM StoredAttachment a WHERE a.sha2 IN :sha2s", StoredAttachment.class)
                .setParameter("sha2s", sha2s)
                .getResultList();
    }

    @Override
    public void add(StoredAttachment attachment) {
        em.persist(attachment);
    }
}
