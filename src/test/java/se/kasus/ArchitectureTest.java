package se.kasus;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The package rules of STYLE.md, checked on the main classes. */
@AnalyzeClasses(packages = "se.kasus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The JAX-RS application classes, which list every capability's resources. */
    private static final String COMPOSITION_ROOT = "se.kasus.platform.rest";

    private static final List<String> CAPABILITIES = List.of(
            "content", "identity", "learning", "tracking", "xapi", "certification", "authoring", "reporting");

    // Layers inside a capability

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("se.kasus..domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("se.kasus..application..", "se.kasus..infrastructure..", "se.kasus..api..")
            .because("the domain is the innermost layer");

    @ArchTest
    static final ArchRule domainUsesNoRestJsonOrTransactionApi = noClasses()
            .that().resideInAPackage("se.kasus..domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.json..", "tools.jackson..", "com.fasterxml..",
                    "jakarta.transaction..")
            .because("only JPA and Bean Validation annotations are allowed in the domain");

    @ArchTest
    static final ArchRule applicationDependsOnNeitherApiNorInfrastructure = noClasses()
            .that().resideInAPackage("se.kasus..application..")
            .should().dependOnClassesThat().resideInAnyPackage("se.kasus..api..", "se.kasus..infrastructure..");

    @ArchTest
    static final ArchRule apiDoesNotDependOnInfrastructure = noClasses()
            .that().resideInAPackage("se.kasus..api..")
            .should().dependOnClassesThat().resideInAPackage("se.kasus..infrastructure..");

    // Between capabilities

    @ArchTest
    static final ArchRule capabilitiesUseEachOtherOnlyThroughApplicationOrDomain = CompositeArchRule.of(
            CAPABILITIES.stream().map(ArchitectureTest::onlyApplicationAndDomainUsedFromOutside).toList());

    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsEveryCapability = noClasses()
            .that().resideInAPackage("se.kasus.platform..").and().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream().map(c -> "se.kasus." + c + "..")
                    .toArray(String[]::new))
            .because("the platform serves every capability and depends on none");

    @ArchTest
    static final ArchRule xapiDependsOnNoOtherKasusPackage = noClasses()
            .that().resideInAPackage("se.kasus.xapi..")
            .should().dependOnClassesThat(resideInAPackage("se.kasus..").and(resideOutsideOfPackage("se.kasus.xapi..")))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnReporting = noClasses()
            .that().resideOutsideOfPackage("se.kasus.reporting..")
            .should().dependOnClassesThat().resideInAPackage("se.kasus.reporting..")
            .allowEmptyShould(true);

    // Cross-cutting rules

    @ArchTest
    static final ArchRule exceptionMappersLiveInPlatformProblem = classes()
            .that().implement(ExceptionMapper.class)
            .should().resideInAPackage("se.kasus.platform.problem")
            .because("errors become problem responses only through the mappers of platform.problem");

    @ArchTest
    static final ArchRule onlyPlatformTimeReadsTheSystemClock = readsTheSystemClock(noClasses()
            .that().resideOutsideOfPackage("se.kasus.platform.time..")
            .should().callMethod(Instant.class, "now"))
            .because("time comes from the injected Clock that platform.time produces");

    @ArchTest
    static final ArchRule transactionsBeginInApplicationServices = CompositeArchRule
            .of(classes().that().areAnnotatedWith(Transactional.class)
                    .should().resideInAPackage("se.kasus..application.."))
            .and(methods().that().areAnnotatedWith(Transactional.class)
                    .should().beDeclaredInClassesThat().resideInAPackage("se.kasus..application..")
                    .allowEmptyShould(true))
            .because("@Transactional belongs on application services, not on resources or repositories");

    @ArchTest
    static final ArchRule noEnterpriseJavaBeans = noClasses()
            .should().dependOnClassesThat().resideInAPackage("jakarta.ejb..");

    @ArchTest
    static final ArchRule resourcesDoNotReturnEntities = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().arePublic()
            .should(notExposeEntities())
            .because("resources return records, never entities");

    @ArchTest
    static final ArchRule everyPackageHasAPackageInfo = classes()
            .should(resideInAPackageWithPackageInfo());

    private static ArchRule onlyApplicationAndDomainUsedFromOutside(String capability) {
        String root = "se.kasus." + capability;
        return noClasses()
                .that().resideOutsideOfPackage(root + "..")
                .and().resideOutsideOfPackage(COMPOSITION_ROOT)
                .should().dependOnClassesThat().resideInAnyPackage(root + ".infrastructure..", root + ".api..")
                .because("other capabilities use " + root + " only through its application or domain packages"
                        + " (the JAX-RS applications in " + COMPOSITION_ROOT + " list the resources)")
                .allowEmptyShould(true);
    }

    /** Every call that reads the system clock rather than the injected Clock; Instant.now() is already in the rule. */
    private static ClassesShouldConjunction readsTheSystemClock(ClassesShouldConjunction rule) {
        List<Class<?>> temporals = List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                OffsetTime.class, ZonedDateTime.class, Year.class, YearMonth.class, MonthDay.class);
        ClassesShouldConjunction result = rule;
        for (Class<?> temporal : temporals) {
            result = result.orShould().callMethod(temporal, "now").orShould().callMethod(temporal, "now", ZoneId.class);
        }
        return result
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class);
    }

    /** Neither the return type nor any Kasus type reachable through its fields is a JPA entity or embeddable. */
    private static ArchCondition<JavaMethod> notExposeEntities() {
        return new ArchCondition<>("not return entities or types that hold them") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> seen = new HashSet<>();
                Deque<JavaClass> queue = new ArrayDeque<>(method.getReturnType().getAllInvolvedRawTypes());
                while (!queue.isEmpty()) {
                    JavaClass type = queue.poll();
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    if (!seen.add(base) || !base.getPackageName().startsWith("se.kasus")) {
                        continue;
                    }
                    if (base.isAnnotatedWith(Entity.class) || base.isAnnotatedWith(Embeddable.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes the entity "
                                + base.getName() + " in " + method.getSourceCodeLocation()));
                        return;
                    }
                    for (JavaField field : base.getAllFields()) {
                        if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                            queue.addAll(field.getType().getAllInvolvedRawTypes());
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideInAPackageWithPackageInfo() {
        return new ArchCondition<>("reside in a package with a package-info") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.getPackage().tryGetPackageInfo().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            "package " + javaClass.getPackageName() + " of " + javaClass.getName() + " has no package-info"));
                }
            }
        };
    }
}
