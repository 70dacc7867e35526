package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitRepository;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(OrgUnit unit) {
        em.persist(unit);
        // Written at once: accounts and child units name it by id only (no JPA relationship), so
        // EclipseLink cannot know to insert it before them in the same transaction.
        em.flush();
    }

    @Override
    public Optional<OrgUnit> findById(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public List<OrgUnit> findAll() {
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name, u.id", OrgUnit.class).getResultList();
    }
}
