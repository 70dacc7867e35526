package se.kasus.tracking.lrs.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.time.Instant;
import se.kasus.tracking.lrs.domain.StatementStamp;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementTerm;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.Term;

/**
 * The writes of {@link JpaStatementRepository}: new statements and their index terms in JDBC batches on the
 * transaction's connection, voided marks, terms merged into statements stored earlier, pending references.
 */
final class JpaStatementWriter {

    private final EntityManager em;
    private final StatementNumbers numbers;

    JpaStatementWriter(EntityManager em, StatementNumbers numbers) {
        this.em = em;
        this.numbers = numbers;
    }

    void addPendingReference(PendingReference reference) {
        em.persist(reference);
    }

    /**
     * Numbers the statements from blocks of the statement sequence and writes them in one JDBC batch on the
     * transaction's connection. Statements are written once and read back by queries, so managing each new one in
     * the persistence context, as persist would, only costs time: a fifth of storing a batch of them.
     */
    void addAll(List<StoredStatement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            for (StoredStatement statement : statements) {
                if (statement.seq() == null) {
                    statement.assignSeq(numbers.next(connection));
                }
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

    /** Numbers and stamps a batch together ({@link StatementNumbers#reserve}). */
    StatementStamp stamp(int count, Supplier<Instant> now) {
        try {
            return numbers.reserve(em.unwrap(Connection.class), count, now);
        } catch (SQLException e) {
            throw new PersistenceException("Could not number statements", e);
        }
    }

    void markVoided(StoredStatement statement) {
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
    void addTerms(Map<Long, Collection<Term>> termsBySeq) {
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
    void mergeTerms(long statementSeq, Collection<Term> terms) {
        for (Term term : terms) {
            StatementTerm row = em.find(StatementTerm.class, new StatementTerm.Key(term.hash(), statementSeq));
            if (row == null) {
                em.persist(new StatementTerm(statementSeq, term));
            } else if (term.direct()) {
                row.makeDirect();
            }
        }
    }
}
