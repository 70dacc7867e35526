package se.kasus.platform.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations of Kasus on embedded Derby databases: a new one, one at the current version, one made before migrations. */
class SchemaMigrationsTest {

    // 0007 (cmi5 launch) adds 2 changesets, 0008 (authoring drafts) 3, 0009 (attempt score) 1
    private static final String LATEST = "0009-1-case-attempt-score";
    private static final int CHANGESETS = 34 + 2 + 3 + 1;
    private static final int AFTER_BASELINE = 12 + 2 + 3 + 1;

    @TempDir
    Path folder;

    private static SchemaMigrations migrationsOn(EmbeddedDataSource dataSource) {
        SchemaMigrations migrations = new SchemaMigrations();
        migrations.dataSource = dataSource;
        return migrations;
    }

    @Test
    void aNewDatabaseGetsEveryChangesetAndAgreesWithTheEntityMapping() throws Exception {
        EmbeddedDataSource dataSource = DerbyDatabases.create(folder.resolve("new"));
        try {
            SchemaState state = migrationsOn(dataSource).migrate();

            assertThat(state.schemaVersion()).isEqualTo(LATEST);
            assertThat(state.appliedNow()).isEqualTo(CHANGESETS);
            assertThat(state.adopted()).isFalse();
            assertThat(state.pending()).isZero();
            assertThat(state.current()).isTrue();
            try (Connection connection = dataSource.getConnection()) {
                assertThat(SchemaAgreement.disagreements(connection)).isEmpty();
            }
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM id_sequence")).isEqualTo(2);
        } finally {
            DerbyDatabases.shutDown(dataSource);
        }
    }

    @Test
    void aSecondStartAppliesNothing() throws Exception {
        EmbeddedDataSource dataSource = DerbyDatabases.create(folder.resolve("twice"));
        try {
            migrationsOn(dataSource).migrate();

            SchemaState again = migrationsOn(dataSource).migrate();

            assertThat(again.appliedNow()).isZero();
            assertThat(again.adopted()).isFalse();
            assertThat(again.schemaVersion()).isEqualTo(LATEST);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM databasechangelog")).isEqualTo(CHANGESETS);
        } finally {
            DerbyDatabases.shutDown(dataSource);
        }
    }

    @Test
    void aDatabaseMadeBeforeMigrationsIsBroughtUnderThemWithEveryRowKept() throws Exception {
        EmbeddedDataSource dataSource = DerbyDatabases.beforeMigrations(folder);
        try {
            SchemaState state = migrationsOn(dataSource).migrate();

            assertThat(state.adopted()).isTrue();
            assertThat(state.appliedNow()).isEqualTo(AFTER_BASELINE);
            assertThat(state.schemaVersion()).isEqualTo(LATEST);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM lrs_statement")).isEqualTo(5);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM lrs_statement WHERE json_format = 1")).isEqualTo(5);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM course_version WHERE snapshot_format = 1")).isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM account")).isEqualTo(2);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM case_decision")).isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM case_attempt")).isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM case_attempt WHERE attempt_number = 1"))
                    .as("0006 numbers every attempt from before replays 1").isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM case_attempt a WHERE a.score ="
                    + " (SELECT SUM(d.score) FROM case_decision d WHERE d.attempt_id = a.id) AND a.score > 0"))
                    .as("0009 gives every attempt the sum of its decisions' scores").isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM lrs_document")).isEqualTo(1);
            assertThat(DerbyDatabases.count(dataSource, "SELECT COUNT(*) FROM databasechangelog")).isEqualTo(CHANGESETS);
            try (Connection connection = dataSource.getConnection()) {
                assertThat(SchemaAgreement.disagreements(connection)).isEmpty();
            }

            SchemaState next = migrationsOn(dataSource).migrate();
            assertThat(next.adopted()).isFalse();
            assertThat(next.appliedNow()).isZero();
        } finally {
            DerbyDatabases.shutDown(dataSource);
        }
    }

    @Test
    void theBaselineMakesExactlyTheSchemaThatKasusMadeBeforeMigrations() throws Exception {
        EmbeddedDataSource before = DerbyDatabases.beforeMigrations(folder.resolve("before"));
        EmbeddedDataSource baseline = DerbyDatabases.create(folder.resolve("baseline"));
        try {
            try (Connection connection = baseline.getConnection()) {
                Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(), () -> {
                    Database database = DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                    new Liquibase(SchemaMigrations.CHANGELOG, new ClassLoaderResourceAccessor(), database)
                            .update(SchemaMigrations.BASELINE_TAG, new Contexts(), new LabelExpression());
                });
            }

            List<String> made = DerbyDatabases.describe(baseline);
            assertThat(made).hasSizeGreaterThan(150);
            assertThat(made).containsExactlyElementsOf(DerbyDatabases.describe(before));
        } finally {
            DerbyDatabases.shutDown(before);
            DerbyDatabases.shutDown(baseline);
        }
    }
}
