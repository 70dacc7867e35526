package se.kasus.tracking.lrs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.platform.persistence.migration.SchemaMigrations;
import se.kasus.testsupport.ScratchDatabase;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/**
 * The LRS writes statements and their index terms with hand-written JDBC inserts beside the entity mapping. On the
 * database of this test run (Derby, or PostgreSQL in the PostgreSQL run), on a freshly migrated schema, they succeed
 * and the rows read back as written.
 */
class StatementInsertsIT {

    @Test
    void statementsAndTheirIndexTermsGoInThroughTheJdbcInsertsAndReadBackAsWritten() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            SchemaMigrations.on(database.dataSource()).migrate();
            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                JpaStatementRepository repository = new JpaStatementRepository();
                repository.em = onlyItsConnection(connection);
                Instant stored = Instant.parse("2026-12-03T10:15:30.123Z");
                StoredStatement first = new StoredStatement("0b7a0d1e-0000-4000-8000-000000000001", stored, "verb-key",
                        "actor-key", "activity-key", "1c6a0d1e-0000-4000-8000-00000000000a", null, null,
                        "{\"id\":\"0b7a0d1e-0000-4000-8000-000000000001\",\"actor\":{\"name\":\"Åsa Öberg\"}}");
                StoredStatement voiding = new StoredStatement("0b7a0d1e-0000-4000-8000-000000000002", stored, "verb-void",
                        null, null, null, "0b7a0d1e-0000-4000-8000-000000000001", "0b7a0d1e-0000-4000-8000-000000000001",
                        "{\"id\":\"0b7a0d1e-0000-4000-8000-000000000002\"}");

                repository.addAll(List.of(first, voiding));
                Map<Long, java.util.Collection<Term>> terms = new LinkedHashMap<>();
                terms.put(first.seq(), List.of(new Term(TermKind.VERB, "verb-key", true),
                        new Term(TermKind.ACTIVITY, "activity-key", false)));
                terms.put(voiding.seq(), List.of(new Term(TermKind.REFERENCE, "0b7a0d1e-0000-4000-8000-000000000001", true)));
                repository.addTerms(terms);
                connection.commit();

                assertThat(voiding.seq()).isEqualTo(first.seq() + 1);
                List<String> rows = new ArrayList<>();
                try (Statement query = connection.createStatement();
                     ResultSet result = query.executeQuery("SELECT seq, statement_id, stored, verb_key, actor_key, "
                             + "activity_key, registration, voided, voiding_target, ref_target, statement_utf8, json_format, "
                             + "version FROM lrs_statement ORDER BY seq")) {
                    while (result.next()) {
                        rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getTimestamp(3).toInstant()
                                + " " + result.getString(4) + " " + result.getString(5) + " " + result.getString(6) + " "
                                + result.getString(7) + " " + result.getBoolean(8) + " " + result.getString(9) + " "
                                + result.getString(10) + " " + new String(result.getBytes(11), StandardCharsets.UTF_8) + " "
                                + result.getInt(12) + " " + result.getLong(13));
                    }
                }
                assertThat(rows).containsExactly(
                        first.seq() + " 0b7a0d1e-0000-4000-8000-000000000001 2026-12-03T10:15:30.123Z verb-key actor-key "
                                + "activity-key 1c6a0d1e-0000-4000-8000-00000000000a false null null "
                                + "{\"id\":\"0b7a0d1e-0000-4000-8000-000000000001\",\"actor\":{\"name\":\"Åsa Öberg\"}} 1 1",
                        voiding.seq() + " 0b7a0d1e-0000-4000-8000-000000000002 2026-12-03T10:15:30.123Z verb-void null null "
                                + "null false 0b7a0d1e-0000-4000-8000-000000000001 0b7a0d1e-0000-4000-8000-000000000001 "
                                + "{\"id\":\"0b7a0d1e-0000-4000-8000-000000000002\"} 1 1");

                List<String> termRows = new ArrayList<>();
                try (Statement query = connection.createStatement();
                     ResultSet result = query.executeQuery("SELECT term_hash, statement_seq, direct FROM lrs_term "
                             + "ORDER BY statement_seq, term_hash")) {
                    while (result.next()) {
                        termRows.add(result.getLong(1) + "/" + result.getLong(2) + "/" + result.getBoolean(3));
                    }
                }
                List<String> expected = new ArrayList<>();
                terms.forEach((seq, list) -> list.stream()
                        .sorted(java.util.Comparator.comparingLong(Term::hash))
                        .forEach(term -> expected.add(term.hash() + "/" + seq + "/" + term.direct())));
                assertThat(termRows).containsExactlyElementsOf(expected);
                connection.commit();
            }
        }
    }

    /** An EntityManager that only hands out the connection, which is all the JDBC inserts ask of it. */
    private static EntityManager onlyItsConnection(Connection connection) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> {
                    if ("unwrap".equals(method.getName()) && arguments[0] == Connection.class) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
