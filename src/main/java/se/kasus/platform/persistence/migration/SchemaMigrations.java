package se.kasus.platform.persistence.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database schema up to date when the application starts, before anything else touches the database: this
 * observer has the earliest priority, the capabilities' start-up work (course import, first administrator) observes
 * the same event later. Liquibase holds its lock table row while it works, so instances that start together take
 * turns; the loser of the race to create the lock table itself tries again.
 */
@ApplicationScoped
public class SchemaMigrations {

    /** The master changelog, on the class path. */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    /** Tag of the last changeset of the baseline: the schema as EclipseLink generated it before migrations. */
    public static final String BASELINE_TAG = "baseline";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static final int ATTEMPTS = 5;

    @Resource(lookup = "jdbc/kasus")
    DataSource dataSource;

    /** Migrations on a data source outside the container: for tools and tests. */
    public static SchemaMigrations on(DataSource dataSource) {
        SchemaMigrations migrations = new SchemaMigrations();
        migrations.dataSource = dataSource;
        return migrations;
    }

    private volatile SchemaState state = new SchemaState("unknown", "none", 0, false, -1,
            Optional.of("migrations have not run yet"));

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 Object event) {
        migrate();
    }

    /** Runs the pending changesets; throws when the schema cannot be brought up to date (the application must not start). */
    public SchemaState migrate() {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                state = runOnce();
                LOG.info(String.format("Kasus database: %s, schema version %s (%d changesets applied now%s, %d pending)",
                        state.database(), state.schemaVersion(), state.appliedNow(),
                        state.adopted() ? ", an existing database brought under migrations" : "", state.pending()));
                return state;
            } catch (SQLException | RuntimeException e) {
                last = e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
                LOG.log(Level.WARNING, "Kasus database: migration attempt " + attempt + " of " + ATTEMPTS
                        + " failed: " + e.getMessage());
                pause(attempt);
            }
        }
        state = new SchemaState(state.database(), state.schemaVersion(), 0, false, -1,
                Optional.of(String.valueOf(last.getMessage())));
        throw new IllegalStateException("Kasus database: the schema could not be migrated", last);
    }

    /** What the last migration found; for readiness and the start-up log. */
    public SchemaState state() {
        return state;
    }

    /** True when the database answers now. */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private SchemaState runOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            try {
                return Scope.child(Map.of(
                        // Liquibase's anonymous usage reports are for its own CLI users, not for a server at an agency.
                        "liquibase.analytics.enabled", Boolean.FALSE,
                        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader())),
                        () -> update(connection, product));
            } catch (Exception e) {
                // Two instances starting on an empty PostgreSQL database race to create Liquibase's tables; the loser's
                // transaction is aborted. The start-up transaction shares this connection, so the next attempt would
                // get it back still aborted ("current transaction is aborted") unless it is rolled back here.
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (e instanceof SQLException sql) {
                    throw sql;
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new SQLException(e.getMessage(), e);
            }
        }
    }

    private SchemaState update(Connection connection, String product) throws Exception {
        boolean adopt = !hasTable(connection, "databasechangelog") && hasTable(connection, "account");
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(CHANGELOG, Scope.getCurrentScope().getResourceAccessor(), database);
        Contexts contexts = new Contexts();
        LabelExpression labels = new LabelExpression();
        if (adopt) {
            LOG.info("Kasus database: tables made before migrations existed were found; recording the baseline as applied");
            liquibase.changeLogSync(BASELINE_TAG, contexts, labels);
        }
        int before = liquibase.listUnrunChangeSets(contexts, labels).size();
        int after = 0;
        if (before > 0) {
            liquibase.update(contexts, labels);
            after = liquibase.listUnrunChangeSets(contexts, labels).size();
        }
        String version = lastChangeSet(connection);
        if (!connection.getAutoCommit()) {
            // The reads above ran in the connection's local transaction; end it rather than leave it to be rolled back.
            connection.commit();
        }
        return new SchemaState(product, version, before - after, adopt, after, Optional.empty());
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        for (String candidate : new String[] {name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, schema, candidate, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastChangeSet(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id FROM databasechangelog ORDER BY orderexecuted DESC")) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
