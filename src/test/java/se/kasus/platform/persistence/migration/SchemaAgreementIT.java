package se.kasus.platform.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import se.kasus.testsupport.ScratchDatabase;

/** On the database of this test run (Derby, or PostgreSQL in the PostgreSQL run): the migrations and the entity mapping agree. */
class SchemaAgreementIT {

    @Test
    void everyEntitysTableAndColumnExistWithACompatibleTypeOnAFreshlyMigratedDatabase() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            SchemaState state = SchemaMigrations.on(database.dataSource()).migrate();

            assertThat(state.database()).containsIgnoringCase(database.kind());
            assertThat(state.pending()).isZero();
            assertThat(state.appliedNow()).isGreaterThanOrEqualTo(34 + 2 + 3);
            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(SchemaAgreement.disagreements(connection)).isEmpty();
            }
            assertThat(SchemaMigrations.on(database.dataSource()).migrate().appliedNow()).isZero();
        }
    }
}
