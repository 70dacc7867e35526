package se.kasus.tracking.lrs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.platform.persistence.migration.SchemaMigrations;
import se.kasus.testsupport.ScratchDatabase;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/**
 * Every statement query shape answers right and stops at the limit, on the database of this test run (Derby; the
 * PostgreSQL run repeats it): on a migrated schema with 40,000 statements, each query the finder sends reads at most a
 * small multiple of the page in every step of its plan (Derby's runtime statistics, PostgreSQL's EXPLAIN ANALYZE),
 * while the filters match 2,000 to 40,000 statements. The plans are printed, to read them.
 */
class StatementQueryPlansIT {

    private static final int STATEMENTS = 40_000;
    private static final int PAGE = 51;
    /**
     * No step of a plan may handle more rows than this: 10 pages on Derby, 25 on PostgreSQL; every filter below matches
     * at least 2,000 statements. PostgreSQL's planner may join a term to its statements by merging two backward
     * primary key scans, which reads the statements of the sequence range the page spans (about 1,000 for a filter
     * that matches one statement in 20) rather than only the matching ones; it picks nested loops when that is cheaper.
     */
    private static long mostRowsPerStep() {
        return isDerby() ? 10L * PAGE : 25L * PAGE;
    }
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static ScratchDatabase database;
    private static Connection connection;

    /** Statement i (1..40,000): stored T0 + i seconds (a batch of 10 shares one), voided when i % 97 == 0. */
    private record Row(long seq, Instant stored, boolean voided, int verb, int agent, int activity, boolean directActivity,
                       int registration) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        database = ScratchDatabase.create();
        SchemaMigrations.on(database.dataSource()).migrate();
        connection = database.dataSource().getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO lrs_statement (seq, statement_id, "
                + "stored, verb_key, voided, statement_utf8, json_format, version) VALUES (?, ?, ?, 'v', ?, ?, 1, 1)");
             PreparedStatement term = connection.prepareStatement(
                     "INSERT INTO lrs_term (term_hash, statement_seq, direct) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= STATEMENTS; i++) {
                Row row = new Row(i, T0.plusSeconds(i / 10), i % 97 == 0, i % 2, i % 20, i % 5, i % 10 < 5, i % 10);
                ROWS.add(row);
                statement.setLong(1, i);
                statement.setString(2, String.format("00000000-0000-4000-8000-%012d", i));
                statement.setTimestamp(3, Timestamp.from(row.stored()));
                statement.setBoolean(4, row.voided());
                statement.setBytes(5, "{}".getBytes());
                statement.addBatch();
                addTerm(term, TermKind.VERB, "verb-" + row.verb(), i, true);
                addTerm(term, TermKind.AGENT, "agent-" + row.agent(), i, true);
                addTerm(term, TermKind.AGENT, "instructor-" + row.agent(), i, false);
                addTerm(term, TermKind.ACTIVITY, "activity-" + row.activity(), i, row.directActivity());
                addTerm(term, TermKind.REGISTRATION, "registration-" + row.registration(), i, true);
                if (i % 1000 == 0) {
                    statement.executeBatch();
                    term.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement statistics = connection.createStatement()) {
            if (isDerby()) {
                statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema() + "', 'LRS_TERM', NULL)");
                statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + schema() + "', 'LRS_STATEMENT', NULL)");
                statistics.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            } else {
                statistics.execute("ANALYZE lrs_term");
                statistics.execute("ANALYZE lrs_statement");
            }
        }
        connection.commit();
    }

    @AfterAll
    static void drop() throws Exception {
        if (connection != null) {
            connection.rollback();
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static void addTerm(PreparedStatement term, TermKind kind, String key, long seq, boolean direct)
            throws SQLException {
        term.setLong(1, Term.hash(kind, key));
        term.setLong(2, seq);
        term.setBoolean(3, direct);
        term.addBatch();
    }

    private static Instant at(int seq) {
        return T0.plusSeconds(seq / 10);
    }

    @Test
    void noFilter() throws Exception {
        check("no filter", query(null, null, null, null, false, false, null, null, false, null), r -> true);
    }

    @Test
    void noFilterAscendingAndTheTenthPage() throws Exception {
        check("no filter, ascending", query(null, null, null, null, false, false, null, null, true, null), r -> true);
        check("no filter, page 10", query(null, null, null, null, false, false, null, null, false, 35_001L), r -> true);
    }

    @Test
    void eachSingleFilter() throws Exception {
        check("verb", query(null, "verb-1", null, null, false, false, null, null, false, null), r -> r.verb() == 1);
        check("agent", query("agent-7", null, null, null, false, false, null, null, false, null), r -> r.agent() == 7);
        check("activity", query(null, null, "activity-3", null, false, false, null, null, false, null),
                r -> r.activity() == 3 && r.directActivity());
        check("registration", query(null, null, null, "registration-4", false, false, null, null, false, null),
                r -> r.registration() == 4);
    }

    @Test
    void relatedActivitiesAndAgents() throws Exception {
        check("related activities", query(null, null, "activity-3", null, true, false, null, null, false, null),
                r -> r.activity() == 3);
        check("related agents", query("instructor-7", null, null, null, false, true, null, null, false, null),
                r -> r.agent() == 7);
        // Nothing to stop at: the windows go down to the first statement and read the term's 2,000 entries once
        check("plain agent does not find the instructor",
                query("instructor-7", null, null, null, false, false, null, null, false, null), r -> false, STATEMENTS / 20);
    }

    @Test
    void combinationsAndWindows() throws Exception {
        check("agent + verb + since", query("agent-7", "verb-1", null, null, false, false, at(20_000), null, false, null),
                r -> r.agent() == 7 && r.verb() == 1 && r.stored().isAfter(at(20_000)));
        check("verb + since, few left", query(null, "verb-1", null, null, false, false, at(39_950), null, false, null),
                r -> r.verb() == 1 && r.stored().isAfter(at(39_950)));
        check("until", query(null, null, null, null, false, false, null, at(10_000), false, null),
                r -> !r.stored().isAfter(at(10_000)));
        check("verb, since + until", query(null, "verb-0", null, null, false, false, at(15_000), at(15_300), false, null),
                r -> r.verb() == 0 && r.stored().isAfter(at(15_000)) && !r.stored().isAfter(at(15_300)));
        check("agent, since, ascending", query("agent-7", null, null, null, false, false, at(30_000), null, true, null),
                r -> r.agent() == 7 && r.stored().isAfter(at(30_000)));
        check("verb, ascending, page 10", query(null, "verb-1", null, null, false, false, null, null, true, 921L),
                r -> r.verb() == 1);
        check("agent, page 10", query("agent-7", null, null, null, false, false, null, null, false, 30_007L),
                r -> r.agent() == 7);
    }

    private static StatementQuery query(String agent, String verb, String activity, String registration,
                                        boolean relatedActivities, boolean relatedAgents, Instant since, Instant until,
                                        boolean ascending, Long afterSeq) {
        return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since, until,
                ascending, afterSeq);
    }

    /** The finder's answer is the first page of the brute-force answer, and no step of any plan read much. */
    private void check(String shape, StatementQuery query, Predicate<Row> matches) throws Exception {
        check(shape, query, matches, mostRowsPerStep());
    }

    private void check(String shape, StatementQuery query, Predicate<Row> matches, long mostRows) throws Exception {
        Jdbc jdbc = new Jdbc();
        List<Long> found = new StatementSeqFinder(jdbc).find(query, PAGE);

        List<Long> expected = ROWS.stream()
                .filter(r -> !r.voided() && matches.test(r))
                .filter(r -> query.afterSeq() == null
                        || (query.ascending() ? r.seq() > query.afterSeq() : r.seq() < query.afterSeq()))
                .sorted(query.ascending() ? Comparator.comparingLong(Row::seq) : Comparator.comparingLong(Row::seq).reversed())
                .limit(PAGE).map(Row::seq).toList();
        assertThat(found).as(shape).isEqualTo(expected);
        System.out.printf("%n===== %s (%s): %d rows in %d queries, most rows in one step of a plan: %d%n", shape,
                database.kind(), found.size(), jdbc.plans.size(), jdbc.mostRows);
        jdbc.plans.forEach(System.out::println);
        assertThat(jdbc.mostRows).as(shape + ": the most rows one step of a plan handled").isLessThanOrEqualTo(mostRows);
        assertThat(String.join("\n", jdbc.plans)).as(shape).doesNotContainIgnoringCase("Table Scan")
                .doesNotContainIgnoringCase("Seq Scan");
        // A sort is fine when it sorts few rows (Derby sorts each window; PostgreSQL sorts a narrow since window
        // found through the stored index): the bound on rows per step above covers its input
    }

    private static boolean isDerby() {
        return "derby".equals(database.kind());
    }

    private static String schema() throws SQLException {
        return connection.getMetaData().getUserName().toUpperCase(java.util.Locale.ROOT);
    }

    private static final Pattern DERBY_ROWS = Pattern.compile("(?:Rows seen|Rows input|Rows seen from the left|"
            + "Rows seen from the right|Number of rows visited) = ?(\\d+)");
    private static final Pattern POSTGRES_ROWS = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=(\\d+) loops=(\\d+)");

    /** The finder's queries on the test's connection, with the plan of each. */
    private static final class Jdbc implements StatementSeqFinder.Database {
        final List<String> plans = new ArrayList<>();
        long mostRows;

        @Override
        public List<Long> seqs(StatementQueryBuilder query) {
            return run(query.jdbcSql(), query.parameters());
        }

        @Override
        public Long single(String sql, List<Object> parameters) {
            List<Long> found = run(sql.replaceAll("\\?\\d+", "?"), parameters);
            return found.isEmpty() ? null : found.get(0);
        }

        @Override
        public boolean readsIndexesBackwards() {
            return !isDerby();
        }

        private List<Long> run(String sql, List<Object> parameters) {
            try {
                List<Long> seqs = new ArrayList<>();
                try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        long value = result.getLong(1);
                        if (!result.wasNull()) {
                            seqs.add(value);
                        }
                    }
                }
                String plan;
                if (isDerby()) {
                    try (Statement statistics = connection.createStatement();
                         ResultSet result = statistics.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                        result.next();
                        plan = result.getString(1);
                    }
                    Matcher rows = DERBY_ROWS.matcher(plan);
                    while (rows.find()) {
                        mostRows = Math.max(mostRows, Long.parseLong(rows.group(1)));
                    }
                } else {
                    StringBuilder text = new StringBuilder(sql).append('\n');
                    try (PreparedStatement explain = prepare("EXPLAIN (ANALYZE, COSTS OFF) " + sql, parameters);
                         ResultSet result = explain.executeQuery()) {
                        while (result.next()) {
                            text.append(result.getString(1)).append('\n');
                        }
                    }
                    plan = text.toString();
                    Matcher rows = POSTGRES_ROWS.matcher(plan);
                    while (rows.find()) {
                        mostRows = Math.max(mostRows, Long.parseLong(rows.group(1)) * Long.parseLong(rows.group(2)));
                    }
                }
                plans.add(plan);
                return seqs;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Boolean flag) {
                    statement.setBoolean(i + 1, flag);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }
}
