package se.kasus.tracking.lrs.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.time.Instant;
import se.kasus.tracking.lrs.domain.StatementStamp;
import javax.sql.DataSource;
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

    @Resource(lookup = "jdbc/kasus")
    DataSource dataSource;

    private final StatementNumbers numbers = new StatementNumbers();
    private volatile Boolean derby;

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
        // Statements are written through JDBC on the transaction's connection (JpaStatementWriter), never kept in
        // the persistence context, so this query needs no flush of it first: with the default flush mode EclipseLink
        // compared every object of the transaction (a learner's whole enrolment, on a decision) before asking.
        return new HashSet<>(inChunks(statementIds, "SELECT s.statementId FROM StoredStatement s WHERE s.statementId IN :ids",
                String.class, FlushModeType.COMMIT));
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

    @Override
    public StatementStamp stamp(int count, Supplier<Instant> now) {
        return writer().stamp(count, now);
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

    /**
     * The sequence numbers of the page first, through one index in the order of the answer
     * ({@link StatementSeqFinder}), then the statements by primary key.
     */
    @Override
    public List<StoredStatement> find(StatementQuery query, int max) {
        List<Long> seqs = new StatementSeqFinder(new NativeQueries()).find(query, max);
        Map<Long, StoredStatement> bySeq = new HashMap<>();
        inChunks(seqs, "SELECT s FROM StoredStatement s WHERE s.seq IN :ids", StoredStatement.class)
                .forEach(s -> bySeq.put(s.seq(), s));
        return seqs.stream().map(bySeq::get).filter(Objects::nonNull).toList();
    }

    /** The finder's queries as JPA native queries on this repository's entity manager. */
    private final class NativeQueries implements StatementSeqFinder.Database {

        @Override
        public List<Long> seqs(StatementQueryBuilder query) {
            return numbers(nativeQuery(query.sql(), query.parameters()).getResultList());
        }

        @Override
        public Long single(String sql, List<Object> parameters) {
            List<Long> found = numbers(nativeQuery(sql, parameters).getResultList());
            return found.isEmpty() ? null : found.get(0);
        }

        @Override
        public boolean readsIndexesBackwards() {
            return !databaseIsDerby();
        }

        private Query nativeQuery(String sql, List<Object> parameters) {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }

        private static List<Long> numbers(List<?> values) {
            List<Long> numbers = new ArrayList<>(values.size());
            for (Object value : values) {
                if (value != null) {
                    numbers.add(((Number) value).longValue());
                }
            }
            return numbers;
        }
    }

    /** Whether the database is (embedded) Derby; asked once. */
    private boolean databaseIsDerby() {
        Boolean known = derby;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().contains("Derby");
            } catch (SQLException e) {
                throw new PersistenceException("Could not read the database's product name", e);
            }
            derby = known;
        }
        return known;
    }

    /** The writes, on this repository's entity manager and statement numbers. */
    private JpaStatementWriter writer() {
        return new JpaStatementWriter(em, numbers);
    }

    /**
     * The results of a query with an {@code IN :ids} parameter, run for the ids in chunks of {@link #CHUNK}. One id
     * (a single statement, the common case) is asked for with {@code = :ids}: EclipseLink writes the SQL of a list
     * parameter anew on every run, and keeps that of a plain one (4 % of the server's CPU under the learning load).
     */
    private <T> List<T> inChunks(Collection<?> ids, String jpql, Class<T> type) {
        return inChunks(ids, jpql, type, FlushModeType.AUTO);
    }

    private <T> List<T> inChunks(Collection<?> ids, String jpql, Class<T> type, FlushModeType flush) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!jpql.contains(" IN :ids")) {
            throw new IllegalArgumentException("no IN :ids parameter in " + jpql);
        }
        if (ids.size() == 1) {
            return em.createQuery(jpql.replace(" IN :ids", " = :ids"), type)
                    .setFlushMode(flush)
                    .setParameter("ids", ids.iterator().next())
                    .getResultList();
        }
        List<?> all = new ArrayList<>(ids);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery(jpql, type)
                    .setFlushMode(flush)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return found;
    }
}
