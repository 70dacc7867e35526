package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    @Override
    public Optional<Account> findById(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        // the roles in the same query: every request with a session reads its account
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.username = :username",
                        Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() == 0;
    }

    @Override
    public List<Account> findAll() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public List<Account> search(String text, Collection<String> orgUnitIds, Boolean active, String afterUsername, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Account a WHERE 1 = 1");
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            // '!' as the escape character: the same on Derby and PostgreSQL, unlike the backslash.
            jpql.append(" AND (LOWER(a.username) LIKE :text ESCAPE '!' OR LOWER(a.displayName) LIKE :text ESCAPE '!'"
                    + " OR LOWER(a.email) LIKE :text ESCAPE '!')");
        }
        if (orgUnitIds != null) {
            jpql.append(orgUnitIds.isEmpty() ? " AND 1 = 0" : " AND a.orgUnitId IN :units");
        }
        if (active != null) {
            jpql.append(" AND a.active = :active");
        }
        if (afterUsername != null) {
            jpql.append(" AND a.username > :after");
        }
        jpql.append(" ORDER BY a.username");
        TypedQuery<Account> query = em.createQuery(jpql.toString(), Account.class).setMaxResults(limit);
        if (filtered) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (orgUnitIds != null && !orgUnitIds.isEmpty()) {
            query.setParameter("units", List.copyOf(orgUnitIds));
        }
        if (active != null) {
            query.setParameter("active", active ? 1 : 0);
        }
        if (afterUsername != null) {
            query.setParameter("after", afterUsername);
        }
        return query.getResultList();
    }

    @Override
    public Set<String> existingUsernames(Collection<String> usernames) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(usernames);
        // In chunks: an IN list of thousands of parameters is more than some drivers like.
        for (int from = 0; from < all.size(); from += 500) {
            taken.addAll(em.createQuery("SELECT a.username FROM Account a WHERE a.username IN :names", String.class)
                    .setParameter("names", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        return taken;
    }

    @Override
    public long countActiveWith(Role role) {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.active = 1", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }
}
