package se.kasus.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kasus.shared.domain.ConflictException;

/** DatabaseBackups against a real embedded Derby database, as in the server but without it. */
class DatabaseBackupsTest {

    @TempDir
    static Path derbyHome;

    @TempDir
    Path root;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T02:30:00Z"));
    private final DatabaseBackups backups = new DatabaseBackups();
    private Path database;

    @BeforeAll
    static void quietDerby() {
        System.setProperty("derby.stream.error.file", derbyHome.resolve("derby.log").toString());
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        database = root.resolve("data/kasusdb");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        dataSource.setCreateDatabase("create");
        backups.dataSource = dataSource;
        backups.clock = clock;
        backups.directory = root.resolve("backups").toString();
        backups.retention = 7;
        execute("CREATE TABLE account (username VARCHAR(40) PRIMARY KEY)");
        execute("INSERT INTO account VALUES ('before')");
    }

    @AfterEach
    void shutDown() {
        shutDown(database);
    }

    @Test
    void aBackupRestoresToTheRowsAsTheyWereWhenItWasTaken() throws SQLException {
        Backup backup = backups.backUp();
        execute("INSERT INTO account VALUES ('after')");

        assertThat(backup.name()).isEqualTo("kasus-20261203T023000Z");
        assertThat(backup.time()).isEqualTo(clock.instant());
        assertThat(backup.sizeBytes()).isGreaterThan(100_000);
        assertThat(backups.list()).containsExactly(backup);
        assertThat(usernamesInRestoredCopyOf(backup)).isEqualTo("before");
    }

    @Test
    void onlyTheNewestRetentionCountOfBackupsIsKept() {
        backups.retention = 2;
        Backup first = backups.backUp();
        clock.advance(Duration.ofHours(6));
        Backup second = backups.backUp();
        clock.advance(Duration.ofHours(6));
        Backup third = backups.backUp();

        assertThat(backups.list()).containsExactly(third, second);
        assertThat(backups.find(first.name())).isEmpty();
        assertThat(root.resolve("backups").resolve(first.name())).doesNotExist();
    }

    @Test
    void anOpenTransactionNeitherHoldsUpTheBackupNorEntersIt() throws Exception {
        try (Connection writer = backups.dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate("INSERT INTO account VALUES ('uncommitted')");
            }

            Backup backup = CompletableFuture.supplyAsync(backups::backUp).get(60, TimeUnit.SECONDS);

            writer.commit();
            assertThat(usernamesInRestoredCopyOf(backup)).isEqualTo("before");
        }
    }

    /** Derby's online backup copies page by page; a writer waits at most for a page, never for the whole copy. */
    @Test
    void writesGoOnWhileABackupRuns() throws Exception {
        execute("CREATE TABLE filler (id INT PRIMARY KEY, data BLOB(1M))");
        try (Connection connection = backups.dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO filler VALUES (?, ?)")) {
            for (int i = 0; i < 24; i++) {
                insert.setInt(1, i);
                insert.setBytes(2, new byte[1 << 20]);
                insert.executeUpdate();
            }
        }
        List<long[]> writes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; writing.get(); i++) {
                long start = System.nanoTime();
                try {
                    execute("INSERT INTO account VALUES ('during-" + i + "')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                writes.add(new long[] {start, System.nanoTime()});
            }
        });

        long backupStart = System.nanoTime();
        backups.backUp();
        long backupEnd = System.nanoTime();
        writing.set(false);
        writer.get(30, TimeUnit.SECONDS);

        List<long[]> during = writes.stream().filter(w -> w[0] >= backupStart && w[1] <= backupEnd).toList();
        long longestWrite = writes.stream().filter(w -> w[1] >= backupStart && w[0] <= backupEnd)
                .mapToLong(w -> w[1] - w[0]).max().orElseThrow();
        System.out.printf("backup %d ms, %d writes inside it, longest %d ms%n",
                (backupEnd - backupStart) / 1_000_000, during.size(), longestWrite / 1_000_000);
        assertThat(during).as("writes that began and ended while the backup ran").hasSizeGreaterThan(3);
        assertThat(longestWrite).as("no write waited for the whole backup").isLessThan((backupEnd - backupStart) / 2);
    }

    @Test
    void aSecondBackupWhileOneRunsIsAConflict() throws Exception {
        CountDownLatch backupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        backups.dataSource = pausingBackupCall(backups.dataSource, backupStarted, release);
        CompletableFuture<Backup> first = CompletableFuture.supplyAsync(backups::backUp);
        assertThat(backupStarted.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(backups::backUp)
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("backup-running"));

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS)).isNotNull();
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void onPostgresqlABackupIsAConflictThatNamesPgDump() {
        backups.dataSource = reportingProduct("PostgreSQL");

        assertThatThrownBy(backups::backUp)
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("backup-not-supported"))
                .hasMessageContaining("pg_dump");
        assertThat(backups.databaseIsDerby()).isFalse();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void aFailedBackupLeavesNoFolderBehind() {
        backups.dataSource = failingBackupCall(backups.dataSource);

        assertThatThrownBy(backups::backUp).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(root.resolve("backups")).isEmptyDirectory();
    }

    private String usernamesInRestoredCopyOf(Backup backup) throws SQLException {
        Path restored = root.resolve("restored/kasusdb");
        Path copy = root.resolve("backups").resolve(backup.name()).resolve("kasusdb");
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + restored + ";restoreFrom=" + copy);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT username FROM account ORDER BY username")) {
            StringBuilder names = new StringBuilder();
            while (rows.next()) {
                names.append(names.isEmpty() ? "" : ",").append(rows.getString(1));
            }
            return names.toString();
        } finally {
            shutDown(restored);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = backups.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static void shutDown(Path path) {
        try {
            DriverManager.getConnection("jdbc:derby:" + path + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }

    /** Derby's data source whose backup call waits, once entered, until {@code release} opens. */
    private static DataSource pausingBackupCall(DataSource derby, CountDownLatch entered, CountDownLatch release) {
        return intercepting(derby, sql -> {
            entered.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("not released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static DataSource failingBackupCall(DataSource derby) {
        return intercepting(derby, sql -> {
            throw new SqlFailure(new SQLException("disk full", "XSRS4"));
        });
    }

    private interface CallHook {
        void before(String sql);
    }

    /** Carries an SQLException out of a hook; the connection proxy throws the SQLException itself. */
    private static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }
    }

    private static DataSource intercepting(DataSource derby, CallHook hook) {
        return proxy(DataSource.class, (proxy, method, args) -> {
            Object result = invoke(derby, method, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return proxy(Connection.class, (p, m, a) -> {
                if (m.getName().equals("prepareCall")) {
                    try {
                        hook.before((String) a[0]);
                    } catch (SqlFailure e) {
                        throw e.getCause();
                    }
                }
                return invoke(connection, m, a);
            });
        });
    }

    private static DataSource reportingProduct(String product) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (p, m, a) -> {
            if (m.getName().equals("getDatabaseProductName")) {
                return product;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        Connection connection = proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "getMetaData" -> metaData;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        return proxy(DataSource.class, (p, m, a) -> {
            if (m.getName().equals("getConnection")) {
                return connection;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** A clock the test moves forward, so that backups get different names. */
    private static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
