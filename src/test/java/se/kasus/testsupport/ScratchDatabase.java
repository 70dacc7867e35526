package se.kasus.testsupport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An empty database of the kind this test run is for, dropped on close: a new embedded Derby database in a temporary
 * folder, or a new schema in the PostgreSQL database of the run (system properties {@code kasus.test.database=postgresql},
 * {@code kasus.test.pg.url}, {@code kasus.test.pg.user}, {@code kasus.test.pg.password}).
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String kind;
    private final String url;
    private final Properties credentials = new Properties();
    private final Runnable drop;

    private ScratchDatabase(String kind, String url, Runnable drop) {
        this.kind = kind;
        this.url = url;
        this.drop = drop;
    }

    /** The database kind of this run: {@code derby} or {@code postgresql}. */
    public static String kindOfRun() {
        return System.getProperty("kasus.test.database", "derby").toLowerCase(Locale.ROOT);
    }

    public static ScratchDatabase create() {
        return "postgresql".equals(kindOfRun()) ? postgresql() : derby();
    }

    private static ScratchDatabase derby() {
        System.setProperty("derby.stream.error.file", Path.of("target", "derby-scratch.log").toString());
        try {
            Path folder = Files.createTempDirectory(Path.of("target"), "scratch-derby-");
            String database = folder.resolve("db").toAbsolutePath().toString();
            return new ScratchDatabase("derby", "jdbc:derby:" + database + ";create=true", () -> {
                try {
                    DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // 08006: the database was shut down
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScratchDatabase postgresql() {
        String base = System.getProperty("kasus.test.pg.url");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("kasus.test.database=postgresql needs kasus.test.pg.url");
        }
        String schema = "scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("kasus.test.pg.user", "kasus"));
        login.setProperty("password", System.getProperty("kasus.test.pg.password", ""));
        execute(base, login, "CREATE SCHEMA " + schema);
        ScratchDatabase database = new ScratchDatabase("postgresql",
                base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                () -> execute(base, login, "DROP SCHEMA " + schema + " CASCADE"));
        database.credentials.putAll(login);
        return database;
    }

    private static void execute(String url, Properties login, String sql) {
        try (Connection connection = DriverManager.getConnection(url, login); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String kind() {
        return kind;
    }

    /** A data source that opens a new connection each time (no pool). */
    public DataSource dataSource() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url, credentials);
            }

            @Override
            public Connection getConnection(String username, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    @Override
    public void close() {
        drop.run();
    }
}
