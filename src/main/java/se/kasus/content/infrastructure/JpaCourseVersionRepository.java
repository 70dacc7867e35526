package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.content.domain.CourseVersion;
import se.kasus.content.domain.CourseVersionRepository;

@ApplicationScoped
public class JpaCourseVersionRepository implements CourseVersionRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<CourseVersion> findById(long id) {
        return Optional.ofNullable(em.find(CourseVersion.class, id));
    }

    @Override
    public Optional<CourseVersion> findLatest(String courseId) {
        return em.createQuery("SELECT v FROM CourseVersion v WHERE v.courseId = :courseId ORDER BY v.versionNumber DESC",
                        CourseVersion.class)
                .setParameter("courseId", courseId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CourseVersion> findByHash(String courseId, String contentHash) {
        return em.createQuery("SELECT v FROM CourseVersion v WHERE v.courseId = :courseId AND v.contentHash = :hash",
                        CourseVersion.class)
                .setParameter("courseId", courseId)
                .setParameter("hash", contentHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<CourseVersion> findAllLatest() {
        return em.createQuery("SELECT v FROM CourseVersion v WHERE v.versionNumber = "
                        + "(SELECT MAX(w.versionNumber) FROM CourseVersion w WHERE w.courseId = v.courseId) ORDER BY v.courseId",
                        CourseVersion.class)
                .getResultList();
    }

    @Override
    public List<CourseVersion> findAll(String courseId) {
        return em.createQuery("SELECT v FROM CourseVersion v WHERE v.courseId = :courseId ORDER BY v.versionNumber",
                        CourseVersion.class)
                .setParameter("courseId", courseId)
                .getResultList();
    }

    @Override
    public void add(CourseVersion version) {
        em.persist(version);
        em.flush();
    }
}
