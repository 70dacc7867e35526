package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateFile;
import se.kasus.certification.domain.CertificateRepository;
import se.kasus.certification.domain.VerificationCode;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Certificate> findById(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Certificate.class, i));
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code.value()).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> findByLearner(String learner) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.learner = :learner ORDER BY c.issuedAt DESC",
                Certificate.class).setParameter("learner", learner).getResultList();
    }

    @Override
    public List<Certificate> findByEnrollment(String enrollmentId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.enrollmentId = :id ORDER BY c.issueNumber",
                Certificate.class).setParameter("id", enrollmentId).getResultList();
    }

    @Override
    public List<Certificate> search(String text, String orgUnitId, Instant from, Instant until, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Certificate c WHERE 1 = 1");
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            // '!' as the escape character: the same on Derby and PostgreSQL, unlike the backslash.
            jpql.append(" AND (LOWER(c.learnerName) LIKE :text ESCAPE '!' OR LOWER(c.learner) LIKE :text ESCAPE '!'"
                    + " OR LOWER(c.code) LIKE :code ESCAPE '!')");
        }
        if (orgUnitId != null) {
            jpql.append(" AND c.orgUnitId = :unit");
        }
        if (from != null) {
            jpql.append(" AND c.completedAt >= :from");
        }
        if (until != null) {
            jpql.append(" AND c.completedAt < :until");
        }
        jpql.append(" ORDER BY c.issuedAt DESC, c.id DESC");
        TypedQuery<Certificate> query = em.createQuery(jpql.toString(), Certificate.class).setMaxResults(limit);
        if (filtered) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            query.setParameter("text", "%" + escape(t) + "%");
            query.setParameter("code", "%" + escape(t.replace("-", "").replace(" ", "")) + "%");
        }
        if (orgUnitId != null) {
            query.setParameter("unit", orgUnitId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<Certificate> revoked() {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.revokedAt IS NOT NULL ORDER BY c.revokedAt",
                Certificate.class).getResultList();
    }

    @Override
    public Optional<CertificateFile> fileForUpdate(String certificateId) {
        return Optional.ofNullable(em.find(CertificateFile.class, certificateId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addFile(CertificateFile file) {
        em.persist(file);
    }

    @Override
    public List<String> completedEnrollmentsWithoutCertificate(String learnerOrNull, int limit) {
        String jpql = "SELECT e.id FROM Enrollment e WHERE e.completedAt IS NOT NULL"
                + (learnerOrNull == null ? "" : " AND e.learner = :learner")
                + " AND NOT EXISTS (SELECT c.id FROM Certificate c WHERE c.enrollmentId = e.id) ORDER BY e.completedAt";
        TypedQuery<String> query = em.createQuery(jpql, String.class).setMaxResults(limit);
        if (learnerOrNull != null) {
            query.setParameter("learner", learnerOrNull);
        }
        return query.getResultList();
    }
}
