package se.kasus.authoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.kasus.authoring.domain.Publication;
import se.kasus.authoring.domain.PublicationRepository;

@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public List<Publication> findByCourse(String courseId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.courseId = :courseId ORDER BY p.versionNumber",
                        Publication.class)
                .setParameter("courseId", courseId)
                .getResultList();
    }

    @Override
    public void add(Publication publication) {
        em.persist(publication);
    }
}
