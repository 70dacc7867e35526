package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

@ApplicationScoped
public class JpaStatementRepository implements StatementRepository {

    /** IN lists are split into chunks of this size, well below every database's parameter limit. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "kasus")
    EntityManager em;

    private final StatementNumbers numbers = new StatementNumbers();

    @Override
    public Optional<StoredStatement> findByStatementId(String statementId) {
        return em.createQuery("SELECT s FROM StoredStatement s WHERE s.statementId = :id", StoredStatement.class)
                .setParameter("id", statementId)
                .getResultStream().findFirst();
    }

    @Override
    public List<StoredStatement> findByStatementIds(Collection<String> statementIds) {
        return inChunks(statementIds, "SELECT s FROM StoredStatement s WHERE s.statementId IN :ids", StoredStatement.class);
    }

    @Override
    public Set<String> storedIds(Collection<String> statementIds) {
        return new HashSet<>(inChunks(statementIds, "SELECT s.statementId FROM StoredStatement s WHERE s.statementId IN :ids",
                String.class));
    }

    @Override
    public List<StoredStatement> findReferringTo(Collection<String> statementIds) {
        // Through the index terms: a statement whose object is a StatementRef has a REFERENCE term for its target
        List<Long> hashes = statementIds.stream().map(id -> Term.hash(TermKind.REFERENCE, id)).toList();
        Set<Long> seqs = new HashSet<>(inChunks(hashes, "SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash IN :ids",
                Long.class));
        return seqs.stream().sorted().map(seq -> em.find(StoredStatement.class, seq)).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<StoredStatement> findBySeq(long seq) {
        return Optional.ofNullable(em.find(StoredStatement.class, seq));
    }

    @Override
    public void addPendingReference(PendingReference reference) {
        writer().addPendingReference(reference);
    }

    @Override
    public List<PendingReference> takePendingReferences(Collection<String> targetIds) {
        List<PendingReference> found = inChunks(targetIds, "SELECT p FROM PendingReference p WHERE p.targetId IN :ids",
                PendingReference.class);
        found.forEach(em::remove);
        return found;
    }

    /**
     * Numbers the statements and writes them in one JDBC batch ({@link JpaStatementWriter}).
     */
    @Override
    public void addAll(List<StoredStatement> statements) {
        writer().addAll(statements);
    }

    @Override
    public void markVoided(StoredStatement statement) {
        writer().markVoided(statement);
    }

    @Override
    public void addTerms(Map<Long, Collection<Term>> termsBySeq) {
        writer().addTerms(termsBySeq);
    }

    @Override
    public void mergeTerms(long statementSeq, Collection<Term> terms) {
        writer().mergeTerms(statementSeq, terms);
    }

    @Override
    public List<StoredStatement> find(StatementQuery query, int max) {
        StatementQueryBuilder built = StatementQueryBuilder.of(query);
        TypedQuery<StoredStatement> typed = em.createQuery(built.jpql(), StoredStatement.class).setMaxResults(max);
        built.parameters().forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** The writes, on this repository's entity manager and statement numbers. */
    private JpaStatementWriter writer() {
        return new JpaStatementWriter(em, numbers);
    }

    /** The results of a query with an {@code IN :ids} parameter, run for the ids in chunks of {@link #CHUNK}. */
    private <T> List<T> inChunks(Collection<?> ids, String jpql, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> all = new ArrayList<>(ids);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery(jpql, type)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return found;
    }
}
