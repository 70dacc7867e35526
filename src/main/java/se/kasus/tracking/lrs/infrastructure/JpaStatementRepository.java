package se.kasus.tracking.lrs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StatementTerm;
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
        em.persist(reference);
    }

    @Override
    public List<PendingReference> takePendingReferences(Collection<String> targetIds) {
        List<PendingReference> found = inChunks(targetIds, "SELECT p FROM PendingReference p WHERE p.targetId IN :ids",
                PendingReference.class);
        found.forEach(em::remove);
        return found;
    }

    /**
     * Numbers the statements from blocks of the statement sequence and writes them in one JDBC batch on the
     * transaction's connection. Statements are written once and read back by queries, so managing each new one in
     * the persistence context, as persist would, only costs time: a fifth of storing a batch of them.
     */
    @Override
    public void addAll(List<StoredStatement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            for (StoredStatement statement : statements) {
                statement.assignSeq(numbers.next(connection));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lrs_statement (seq, statement_id, "
                    + "stored, verb_key, actor_key, activity_key, registration, voided, voiding_target, ref_target, "
                    + "statement_utf8, json_format, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (StoredStatement s : statements) {
                    insert.setLong(1, s.seq());
                    insert.setString(2, s.statementId());
                    insert.setTimestamp(3, Timestamp.from(s.stored()));
                    insert.setString(4, s.verbKey());
                    insert.setString(5, s.actorKey());
                    insert.setString(6, s.activityKey());
                    insert.setString(7, s.registration());
                    insert.setBoolean(8, s.voided());
                    insert.setString(9, s.voidingTarget());
                    insert.setString(10, s.refTarget());
                    insert.setBytes(11, s.jsonUtf8());
                    insert.setInt(12, s.jsonFormat());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not insert statements", e);
        }
    }

    @Override
    public void markVoided(StoredStatement statement) {
        StoredStatement managed = em.contains(statement) ? statement : em.find(StoredStatement.class, statement.seq());
        if (managed != null) {
            managed.markVoided();
        }
        statement.markVoided();
    }

    /**
     * One JDBC batch on the transaction's own connection: a batch of statements has ten times as many index rows,
     * which are never read back as entities on this path, so managing each in the persistence context would only
     * cost time. The rows go in index order: neighbouring inserts find their B-tree pages still at hand, and two
     * batches stored at once take their row locks in the same order.
     */
    @Override
    public void addTerms(Map<Long, Collection<Term>> termsBySeq) {
        if (termsBySeq.isEmpty()) {
            return;
        }
        List<TermRow> rows = new ArrayList<>();
        termsBySeq.forEach((seq, terms) -> terms.forEach(term -> rows.add(new TermRow(term.hash(), seq, term.direct()))));
        rows.sort(TermRow.INDEX_ORDER);
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lrs_term (term_hash, statement_seq, direct) VALUES (?, ?, ?)")) {
            for (TermRow row : rows) {
                insert.setLong(1, row.hash());
                insert.setLong(2, row.seq());
                insert.setBoolean(3, row.direct());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not insert the index terms of statements", e);
        }
    }

    private record TermRow(long hash, long seq, boolean direct) {
        static final Comparator<TermRow> INDEX_ORDER =
                Comparator.comparingLong(TermRow::hash).thenComparingLong(TermRow::seq);
    }

    /** By primary key, term by term: this is the rare path of references that arrive before their targets. */
    @Override
    public void mergeTerms(long statementSeq, Collection<Term> terms) {
        for (Term term : terms) {
            StatementTerm row = em.find(StatementTerm.class, new StatementTerm.Key(term.hash(), statementSeq));
            if (row == null) {
                em.persist(new StatementTerm(statementSeq, term));
            } else if (term.direct()) {
                row.makeDirect();
            }
        }
    }

    @Override
    public List<StoredStatement> find(StatementQuery query, int max) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM StoredStatement s WHERE s.voided = false");
        Map<String, Object> parameters = new HashMap<>();
        term(jpql, parameters, "agent", TermKind.AGENT, query.agentKey(), !query.relatedAgents());
        term(jpql, parameters, "verb", TermKind.VERB, query.verbKey(), false);
        term(jpql, parameters, "activity", TermKind.ACTIVITY, query.activityKey(), !query.relatedActivities());
        term(jpql, parameters, "registration", TermKind.REGISTRATION, query.registration(), false);
        if (query.since() != null) {
            jpql.append(" AND s.stored > :since");
            parameters.put("since", query.since());
        }
        if (query.until() != null) {
            jpql.append(" AND s.stored <= :until");
            parameters.put("until", query.until());
        }
        if (query.afterSeq() != null) {
            jpql.append(query.ascending() ? " AND s.seq > :after" : " AND s.seq < :after");
            parameters.put("after", query.afterSeq());
        }
        jpql.append(query.ascending() ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC");
        TypedQuery<StoredStatement> typed = em.createQuery(jpql.toString(), StoredStatement.class).setMaxResults(max);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** A filter on the index terms: the statement has a row of this kind and key (a direct one, when asked). */
    private static void term(StringBuilder jpql, Map<String, Object> parameters, String name, TermKind kind,
                             String key, boolean directOnly) {
        if (key == null) {
            return;
        }
        jpql.append(" AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :").append(name)
                .append(" AND t.statementSeq = s.seq").append(directOnly ? " AND t.direct = true)" : ")");
        parameters.put(name, Term.hash(kind, key));
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
