package se.kasus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kasusRestart server (kasusRestartPg in the run on PostgreSQL), started and stopped with Liberty's own
 * {@code server} script so that a test can restart it. Its content folder is a copy of the course that a test
 * may edit.
 */
final class RestartableServer {

    private final String name;
    /** Set for kasusRestart in the run on PostgreSQL: the server's own database, emptied by {@link #startClean()}. */
    private final String dbUrl;
    private final Path wlp = Path.of(System.getProperty("kasus.wlp.home", "target/liberty/wlp"));
    private final Path content;
    private final Path course = Path.of(System.getProperty("kasus.course.dir", "course-content/mr-offentlig-verksamhet"));
    final KasusApi api;

    /** The kasusRestart server (kasusRestartPg in the run on PostgreSQL). */
    RestartableServer() {
        this(System.getProperty("kasus.restart.server.name", "kasusRestart"),
                Integer.getInteger("kasus.restart.http.port", 9082), "it-operator-secret-0002",
                Path.of(System.getProperty("kasus.restart.content.dir", "target/it-restart-content")),
                System.getProperty("kasus.restart.db.url", ""));
    }

    /** Another server of the runtime, with its HTTP port, its first administrator's password and its content folder. */
    RestartableServer(String name, int httpPort, String adminPassword, Path content) {
        this(name, httpPort, adminPassword, content, "");
    }

    private RestartableServer(String name, int httpPort, String adminPassword, Path content, String dbUrl) {
        this.name = name;
        this.dbUrl = dbUrl;
        this.content = content;
        this.api = new KasusApi(httpPort, new KasusApi.Credentials("admin", adminPassword));
    }

    String name() {
        return name;
    }

    private java.util.Map<String, String> environment = java.util.Map.of();

    /** Environment variables for the next starts (the server reads its configuration from them). */
    RestartableServer withEnvironment(java.util.Map<String, String> variables) {
        environment = java.util.Map.copyOf(variables);
        return this;
    }

    /** Stops any earlier run, empties the database and the backups and copies the course afresh, then starts. */
    void startClean() {
        prepareClean();
        start();
    }

    /** Stops any earlier run, empties the embedded database and copies the course afresh. */
    void prepareClean() {
        stop();
        deleteTree(directory().resolve("data"));
        deleteTree(directory().resolve("backups"));
        if (!dbUrl.isEmpty()) {
            emptyDatabase();
        }
        deleteTree(content);
        copyTree(course, content.resolve(course.getFileName()));
    }

    /** Runs Liberty's {@code server start}, which returns when the server process is up, not the application. */
    void launch() {
        run("start");
    }

    /**
     * Stops any earlier run, puts the database from the zip (a folder kasusdb) in place of the server's database,
     * copies the course afresh, then starts.
     */
    void startWithDatabase(String zipResource) {
        stop();
        Path data = wlp.resolve("usr/servers").resolve(name).resolve("data");
        deleteTree(data);
        deleteTree(content);
        se.kasus.testsupport.Zips.unpack(zipResource, data);
        copyTree(course, content.resolve(course.getFileName()));
        start();
    }

    void restart() {
        stop();
        start();
    }

    void start() {
        run("start");
        awaitReady();
    }

    /** Waits until /health/ready answers 200 (connections refused until the server listens). */
    void awaitReady() {
        org.awaitility.Awaitility.await(name + " ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> api.get("health/ready", null).status() == 200);
        if (!dbUrl.isEmpty()) {
            checkTablesInDatabase();
        }
    }

    /** In the run on PostgreSQL, proof that the server really uses its database rather than Derby. */
    private void checkTablesInDatabase() {
        try (Connection connection = DriverManager.getConnection(dbUrl, System.getProperty("kasus.restart.db.user"),
                System.getProperty("kasus.restart.db.password"));
                Statement statement = connection.createStatement();
                java.sql.ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                throw new IllegalStateException(name + " is ready but made no tables in " + dbUrl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + dbUrl, e);
        }
    }

    void stop() {
        run("stop");
    }

    /** Stops without the quiesce stage: work in progress, such as a batch being sent, is cut off. */
    void stopAbruptly() {
        run("stop", "--force");
    }

    /** The server's own folder: the database is in data/kasusdb, backups in backups/ (the server.xml defaults). */
    Path directory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    /**
     * Runs SQL against the server's database while the server is stopped: its embedded Derby database, or in the
     * run on PostgreSQL its own database.
     */
    void sqlWhileStopped(String... statements) {
        String url = dbUrl.isEmpty() ? "jdbc:derby:" + directory().resolve("data").resolve("kasusdb").toAbsolutePath() : dbUrl;
        try (Connection connection = dbUrl.isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, System.getProperty("kasus.restart.db.user"),
                        System.getProperty("kasus.restart.db.password"));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (dbUrl.isEmpty()) {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException e) {
                // Derby answers a clean shutdown of one database with SQLState 08006
                if (!"08006".equals(e.getSQLState())) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The copy of a course file that the server imports, e.g. cases/case-01.yaml. */
    Path courseFile(String relative) {
        return content.resolve(course.getFileName()).resolve(relative);
    }

    private void run(String action, String... options) {
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        Path script = wlp.resolve("bin").resolve(windows ? "server.bat" : "server");
        try {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(script.toString(), action, name));
            command.addAll(java.util.List.of(options));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " timed out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void emptyDatabase() {
        try (Connection connection = DriverManager.getConnection(dbUrl, System.getProperty("kasus.restart.db.user"),
                System.getProperty("kasus.restart.db.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + dbUrl, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
