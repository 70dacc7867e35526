package se.kasus;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
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
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Converter;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GenerationType;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TemporalType;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
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
import java.util.ArrayList;
import java.util.Date;
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
            "content", "identity", "learning", "tracking", "xapi", "certification", "authoring", "reporting", "cmi5");

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
    static final ArchRule domainUsesJpaOnlyThroughMappingAnnotationsAndNoCdi = noClasses()
            .that().resideInAPackage("se.kasus..domain..")
            .should().dependOnClassesThat(jpaBeyondMappingAnnotations()
                    .or(resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..")))
            .because("entities are mapped with annotations; entity managers, queries, persistence exceptions"
                    + " and beans belong to infrastructure and application");

    @ArchTest
    static final ArchRule applicationDependsOnNeitherApiNorInfrastructure = noClasses()
            .that().resideInAPackage("se.kasus..application..")
            .should().dependOnClassesThat().resideInAnyPackage("se.kasus..api..", "se.kasus..infrastructure..");

    @ArchTest
    static final ArchRule apiDoesNotDependOnInfrastructure = noClasses()
            .that().resideInAPackage("se.kasus..api..")
            .should().dependOnClassesThat().resideInAPackage("se.kasus..infrastructure..");

    @ArchTest
    static final ArchRule resourcesTouchNeitherJpaNorSql = noClasses()
            .that().resideInAPackage("se.kasus..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..")
            .because("a conflict in the database is the application layer's to retry or to turn into a domain"
                    + " exception; resources see use cases and records");

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
    static final ArchRule identityStoreLivesInIdentity = classes()
            .that().implement(jakarta.security.enterprise.identitystore.IdentityStore.class)
            .or().areAnnotatedWith(DatabaseIdentityStoreDefinition.class)
            .should().resideInAPackage("se.kasus.identity.infrastructure")
            .because("it reads the accounts, which belong to identity");

    @ArchTest
    static final ArchRule platformMapsAndQueriesNoTables = noClasses()
            .that().resideInAPackage("se.kasus.platform..")
            .should().dependOnClassesThat(resideInAPackage("jakarta.persistence..")
                    .and(DescribedPredicate.not(jpaConvertersAndExceptions())))
            .orShould().beAnnotatedWith(DatabaseIdentityStoreDefinition.class)
            .because("the tables belong to the capabilities: the platform may convert values and map persistence"
                    + " exceptions, but maps no entity and runs no query");

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
    static final ArchRule onlyPlatformTimeReadsTheSystemClock = classes()
            .that().resideOutsideOfPackage("se.kasus.platform.time..")
            .should(notReadTheSystemClock())
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

    /** The JDK methods and constructors that read the system clock rather than a given Clock. */
    private static final List<ClockRead> SYSTEM_CLOCK_READS = systemClockReads();

    private record ClockRead(Class<?> owner, String name, List<Class<?>> parameters) {

        boolean matches(CodeUnitAccessTarget target) {
            return target.getOwner().isEquivalentTo(owner) && target.getName().equals(name)
                    && target.getRawParameterTypes().stream().map(JavaClass::getName).toList()
                            .equals(parameters.stream().map(Class::getName).toList());
        }
    }

    private static List<ClockRead> systemClockReads() {
        List<ClockRead> reads = new ArrayList<>();
        reads.add(new ClockRead(Instant.class, "now", List.of()));
        for (Class<?> temporal : List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                OffsetTime.class, ZonedDateTime.class, Year.class, YearMonth.class, MonthDay.class)) {
            reads.add(new ClockRead(temporal, "now", List.of()));
            reads.add(new ClockRead(temporal, "now", List.of(ZoneId.class)));
        }
        reads.add(new ClockRead(Clock.class, "systemUTC", List.of()));
        reads.add(new ClockRead(Clock.class, "systemDefaultZone", List.of()));
        reads.add(new ClockRead(Clock.class, "system", List.of(ZoneId.class)));
        reads.add(new ClockRead(System.class, "currentTimeMillis", List.of()));
        reads.add(new ClockRead(Date.class, "<init>", List.of()));
        return List.copyOf(reads);
    }

    /**
     * Neither calls nor method references ({@code Instant::now}, {@code Date::new}): ArchUnit's callMethod sees
     * only calls, and a method reference handed to a supplier reads the clock all the same.
     */
    private static ArchCondition<JavaClass> notReadTheSystemClock() {
        return new ArchCondition<>("not read the system clock (no call of Instant.now(), LocalDate.now(), Clock.systemUTC(),"
                + " System.currentTimeMillis(), new Date() and the like, nor a method reference to one)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : javaClass.getCodeUnitAccessesFromSelf()) {
                    if (SYSTEM_CLOCK_READS.stream().anyMatch(read -> read.matches(access.getTarget()))) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** JPA beyond the mapping annotations and the enum values their attributes take. */
    private static DescribedPredicate<JavaClass> jpaBeyondMappingAnnotations() {
        Set<String> attributeValues = Set.of(AccessType.class.getName(), CascadeType.class.getName(),
                ConstraintMode.class.getName(), DiscriminatorType.class.getName(), EnumType.class.getName(),
                FetchType.class.getName(), GenerationType.class.getName(), InheritanceType.class.getName(),
                TemporalType.class.getName());
        return DescribedPredicate.describe("are JPA types other than the mapping annotations and their values",
                type -> type.getPackageName().startsWith("jakarta.persistence")
                        && !type.isAnnotation() && !attributeValues.contains(type.getName()));
    }

    /** What of JPA the platform may use: attribute converters and the persistence exceptions it maps to problems. */
    private static DescribedPredicate<JavaClass> jpaConvertersAndExceptions() {
        return assignableTo(AttributeConverter.class).or(assignableTo(Converter.class))
                .or(assignableTo(PersistenceException.class))
                .as("attribute converters and persistence exceptions");
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
