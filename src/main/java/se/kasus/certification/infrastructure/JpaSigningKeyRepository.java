package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.kasus.certification.domain.SigningKey;
import se.kasus.certification.domain.SigningKeyRepository;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<SigningKey> find(String kid) {
        return Optional.ofNullable(em.find(SigningKey.class, kid));
    }

    @Override
    public void add(SigningKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public List<SigningKey> all() {
        return em.createQuery("SELECT k FROM SigningKey k ORDER BY k.createdAt", SigningKey.class).getResultList();
    }
}
