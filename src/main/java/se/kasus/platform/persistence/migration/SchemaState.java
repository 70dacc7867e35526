package se.kasus.platform.persistence.migration;

import java.util.Optional;

/**
 * What the migrations found and did at start.
 *
 * @param database the product name and version the database reports
 * @param schemaVersion the id of the last changeset recorded as applied
 * @param appliedNow how many changesets this start applied
 * @param adopted true when a database made before migrations existed was brought under Liquibase on this start
 * @param pending changesets still not applied (0 after a successful start)
 * @param failure why the migrations failed, when they did
 */
public record SchemaState(String database, String schemaVersion, int appliedNow, boolean adopted, int pending,
                          Optional<String> failure) {

    public boolean current() {
        return failure.isEmpty() && pending == 0;
    }
}
