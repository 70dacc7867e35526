package se.kasus;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main code keeps the rules of {@link ArchitectureTest}, so there a rule that finds nothing looks like one
 * that cannot find anything. Here each of the stricter rules meets classes that break it and classes that keep
 * it (under {@code se.kasus.archfixture} and {@code se.kasus.platform.archfixture} in the test sources).
 */
class ArchitectureRulesCatchTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("se.kasus.archfixture", "se.kasus.platform.archfixture");

    @Test
    void clockReadsThroughMethodReferencesAreCaughtLikeCalls() {
        List<String> violations = violations(ArchitectureTest.onlyPlatformTimeReadsTheSystemClock);

        assertThat(violations).hasSize(5);
        assertThat(String.join("\n", violations))
                .contains("references method <java.time.Instant.now()>")
                .contains("references method <java.time.LocalDate.now()>")
                .contains("references method <java.time.Clock.systemUTC()>")
                .contains("references constructor <java.util.Date.<init>()>")
                .contains("calls method <java.time.Instant.now()>")
                .doesNotContain("Instant.now(java.time.Clock)");
    }

    @Test
    void domainMayMapWithJpaAnnotationsButUsesNoOtherJpaAndNoCdi() {
        String violations = String.join("\n", violations(ArchitectureTest.domainUsesJpaOnlyThroughMappingAnnotationsAndNoCdi));

        assertThat(violations)
                .contains("QueryingAggregate.exists(jakarta.persistence.EntityManager)")
                .contains("catches type <jakarta.persistence.PersistenceException>")
                .contains("<jakarta.inject.Inject>")
                .contains("<jakarta.enterprise.context.ApplicationScoped>")
                .doesNotContain("MappedEntity");
    }

    @Test
    void resourcesThatCatchJpaOrSqlExceptionsAreCaught() {
        String violations = String.join("\n", violations(ArchitectureTest.resourcesTouchNeitherJpaNorSql));

        assertThat(violations)
                .contains("catches type <jakarta.persistence.OptimisticLockException>")
                .contains("checks instanceof <java.sql.SQLIntegrityConstraintViolationException>");
    }

    @Test
    void aDatabaseIdentityStoreOutsideIdentityIsCaught() {
        assertThat(violations(ArchitectureTest.identityStoreLivesInIdentity))
                .singleElement().asString().contains("StoreOutsideIdentity");
    }

    @Test
    void platformMayConvertValuesAndMapPersistenceExceptionsButQueriesNoTable() {
        String violations = String.join("\n", violations(ArchitectureTest.platformMapsAndQueriesNoTables));

        assertThat(violations)
                .contains("TableReader.accounts(jakarta.persistence.EntityManager)")
                .doesNotContain("AllowedJpaUse");
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        return result.getFailureReport().getDetails();
    }
}
