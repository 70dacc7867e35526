package se.kasus.platform.persistence.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every changeset has been applied. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        SchemaState state = migrations.state();
        boolean answers = migrations.databaseAnswers();
        var response = HealthCheckResponse.named("database")
                .status(answers && state.current())
                .withData("database", state.database())
                .withData("reachable", answers)
                .withData("schemaVersion", state.schemaVersion())
                .withData("pendingChangeSets", state.pending());
        state.failure().ifPresent(failure -> response.withData("failure", failure));
        return response.build();
    }
}
