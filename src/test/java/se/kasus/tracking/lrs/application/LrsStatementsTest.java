package se.kasus.tracking.lrs.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.tracking.lrs.domain.StatementConflictException;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.IndexKey;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.Verb;

class LrsStatementsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:15:30.123456Z");
    private static final Agent LRS = Agent.withAccount("Kasus", "https://kasus.example/lrs", "tracking");
    private static final Agent ANNA = Agent.withMbox("Anna", "mailto:anna@example.se");
    private static final Verb ANSWERED = Verb.of("http://adlnet.gov/expapi/verbs/answered", "en-US", "answered");
    private static final Verb VOIDED = Verb.of(Verb.VOIDED, "en-US", "voided");

    private final InMemoryStatementRepository repository = new InMemoryStatementRepository();
    private final LrsStatements lrs = new LrsStatements();

    @BeforeEach
    void wire() {
        lrs.repository = repository;
        lrs.attachmentRepository = new InMemoryAttachmentRepository();
        lrs.activities = new LrsActivities();
        lrs.activities.repository = new InMemoryCanonicalActivityRepository();
        lrs.activities.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        lrs.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        lrs.validatorFactory = Validation.buildDefaultValidatorFactory();
        lrs.init();
    }

    @Test
    void storingFillsInIdStoredTimestampAuthorityAndVersion() {
        Statement stored = lrs.store(statement(null, "http://kasus.example/case/1"), LRS);

        assertThat(UUID.fromString(stored.id())).isNotNull();
        assertThat(stored.stored()).isEqualTo("2026-11-23T08:15:30.123Z");
        assertThat(stored.timestamp()).isEqualTo(stored.stored());
        assertThat(stored.authority()).isEqualTo(LRS);
        assertThat(stored.version()).isEqualTo("1.0.0");
        assertThat(XapiJson.readStatement(repository.statements.get(0).json())).isEqualTo(stored);
    }

    @Test
    void theGivenAuthorityReplacesTheStatementsOwn() {
        Statement claimed = statement(null, "http://kasus.example/case/1").toBuilder().authority(ANNA).build();

        assertThat(lrs.store(claimed, LRS).authority()).isEqualTo(LRS);
    }

    @Test
    void anInvalidStatementIsRejectedWithItsViolationsAndNothingIsStored() {
        Statement noIri = statement(null, "not an iri");

        assertThatThrownBy(() -> lrs.storeAll(List.of(statement(null, "http://kasus.example/a"), noIri), LRS))
                .isInstanceOfSatisfying(InvalidStatementException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("$[1].object.id");
                });
        assertThat(repository.statements).isEmpty();
    }

    @Test
    void anIdTheLrsMadeIsLookedUpNeitherAsStoredNorAsReferredToAndAGivenIdIsLookedUpAsBoth() {
        Statement made = lrs.store(statement(null, "http://kasus.example/a"), LRS);
        assertThat(repository.lookedUp).doesNotContain(made.id()).isEmpty();

        String given = UUID.randomUUID().toString();
        lrs.store(statement(given, "http://kasus.example/b"), LRS);
        assertThat(repository.lookedUp).containsExactly(given, given);
    }

    @Test
    void theSameStatementTwiceIsStoredOnce() {
        String id = UUID.randomUUID().toString();
        Statement first = lrs.store(statement(id, "http://kasus.example/a"), LRS);

        Statement again = lrs.store(statement(id.toUpperCase(), "http://kasus.example/a"), LRS);

        assertThat(again).isEqualTo(first);
        assertThat(repository.statements).hasSize(1);
    }

    @Test
    void anotherStatementWithAStoredIdIsAConflict() {
        String id = UUID.randomUUID().toString();
        lrs.store(statement(id, "http://kasus.example/a"), LRS);

        assertThatThrownBy(() -> lrs.store(statement(id, "http://kasus.example/b"), LRS))
                .isInstanceOf(StatementConflictException.class);
        assertThat(repository.statements).hasSize(1);
    }

    @Test
    void aBatchWithTwoStatementsOfOneIdIsRejected() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> lrs.storeAll(List.of(statement(id, "http://kasus.example/a"),
                statement(id, "http://kasus.example/a")), LRS)).isInstanceOf(InvalidStatementException.class);
    }

    @Test
    void aVoidingStatementVoidsItsTarget() {
        Statement target = lrs.store(statement(null, "http://kasus.example/a"), LRS);

        lrs.store(voiding(target.id()), LRS);

        assertThat(repository.findByStatementId(target.id()).orElseThrow().voided()).isTrue();
    }

    @Test
    void aVoidingStatementCannotBeVoided() {
        Statement target = lrs.store(statement(null, "http://kasus.example/a"), LRS);
        Statement voiding = lrs.store(voiding(target.id()), LRS);

        assertThatThrownBy(() -> lrs.store(voiding(voiding.id()), LRS)).isInstanceOf(InvalidStatementException.class);
        assertThat(repository.findByStatementId(voiding.id()).orElseThrow().voided()).isFalse();
    }

    @Test
    void aStatementVoidedBeforeItArrivesIsVoidedWhenItDoes() {
        String id = UUID.randomUUID().toString();
        lrs.store(voiding(id), LRS);

        lrs.store(statement(id, "http://kasus.example/a"), LRS);

        assertThat(repository.findByStatementId(id).orElseThrow().voided()).isTrue();
    }

    @Test
    void aStatementRefCarriesTheTermsOfItsTargetEvenWhenTheTargetComesLater() {
        String targetId = UUID.randomUUID().toString();
        Statement confirming = lrs.store(Statement.builder().actor(LRS).verb(ANSWERED)
                .object(new StatementRef(targetId)).build(), LRS);
        Statement chained = lrs.store(Statement.builder().actor(LRS).verb(ANSWERED)
                .object(new StatementRef(confirming.id())).build(), LRS);

        lrs.store(statement(targetId, "http://kasus.example/a"), LRS);

        Term annaAsActor = new Term(TermKind.AGENT, ActorKey.of(ANNA).orElseThrow(), true);
        Term activity = new Term(TermKind.ACTIVITY, "http://kasus.example/a", true);
        assertThat(repository.termsOf(confirming.id())).contains(annaAsActor, activity);
        assertThat(repository.termsOf(chained.id())).contains(annaAsActor, activity);
    }

    @Test
    void aStatementRefToAStoredStatementInheritsItsTermsAtOnce() {
        Statement target = lrs.store(statement(null, "http://kasus.example/a"), LRS);

        Statement voiding = lrs.store(voiding(target.id()), LRS);

        assertThat(repository.termsOf(voiding.id()))
                .contains(new Term(TermKind.ACTIVITY, "http://kasus.example/a", true));
    }

    @Test
    void aQueryByActivityLeavesOutVoidedStatementsButFindsTheStatementRefsThatTargetThem() {
        Statement kept = lrs.store(statement(null, "http://kasus.example/a"), LRS);
        Statement voided = lrs.store(statement(null, "http://kasus.example/a"), LRS);
        lrs.store(statement(null, "http://kasus.example/b"), LRS);
        Statement voiding = lrs.store(voiding(voided.id()), LRS);

        StatementQuery byActivity = new StatementQuery(null, null, IndexKey.of("http://kasus.example/a"), null,
                false, false, null, null, false, null);

        assertThat(repository.find(byActivity, 10)).extracting(StoredStatement::statementId)
                .containsExactly(voiding.id(), kept.id());
    }

    private static Statement statement(String id, String activityId) {
        return Statement.builder().id(id).actor(ANNA).verb(ANSWERED).object(Activity.of(activityId)).build();
    }

    private static Statement voiding(String targetId) {
        return Statement.builder().actor(LRS).verb(VOIDED).object(new StatementRef(targetId)).build();
    }
}
