package se.kasus.authoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.authoring.domain.Draft;
import se.kasus.authoring.domain.DraftRepository;

@ApplicationScoped
public class JpaDraftRepository implements DraftRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<Draft> findById(String id) {
        return Optional.ofNullable(em.find(Draft.class, id));
    }

    @Override
    public List<Draft> findAll() {
        return em.createQuery("SELECT d FROM Draft d ORDER BY d.updatedAt DESC", Draft.class).getResultList();
    }

    @Override
    public void add(Draft draft) {
        em.persist(draft);
    }

    @Override
    public void remove(Draft draft) {
        em.remove(draft);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
