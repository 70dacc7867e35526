package se.kasus.xapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;
import se.kasus.xapi.model.Verb;

class StatementsClientTest {

    private static final Agent LEARNER = Agent.withAccount(null, "https://kasus.example.se", "9f2c1a");
    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    private FakeLrs lrs;
    private StatementsClient statements;

    @BeforeEach
    void startLrs() throws IOException {
        lrs = new FakeLrs();
        statements = XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD)).statements();
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
    }

    @Test
    void postingOneStatementReturnsTheIdTheLrsAssigned() {
        UUID id = statements.post(statement(null, ANSWERED));

        assertThat(lrs.statements().all()).extracting(Statement::id).containsExactly(id.toString());
        assertThat(lrs.lastRequest().headers()).containsEntry("content-type", "application/json");
    }

    @Test
    void postingABatchKeepsTheStatementIdsInOrder() {
        List<Statement> batch = IntStream.range(0, 3).mapToObj(i -> statement(UUID.randomUUID(), ANSWERED)).toList();

        List<UUID> ids = statements.post(batch);

        assertThat(ids).extracting(UUID::toString).containsExactlyElementsOf(batch.stream().map(Statement::id).toList());
        assertThat(lrs.requests()).hasSize(1);
        assertThat(lrs.lastRequest().body()).isEqualTo(XapiJson.write(batch));
    }

    @Test
    void puttingAStatementSendsItUnderItsOwnId() {
        Statement statement = statement(UUID.randomUUID(), ANSWERED);

        statements.put(statement);

        assertThat(lrs.lastRequest().method()).isEqualTo("PUT");
        assertThat(lrs.lastRequest().query()).containsEntry("statementId", statement.id());
        assertThat(statements.get(UUID.fromString(statement.id()))).contains(statement);
    }

    @Test
    void aConflictingPutRaisesTheStatusAndTheLrsReason() {
        UUID id = UUID.randomUUID();
        statements.put(statement(id, ANSWERED));

        assertThatThrownBy(() -> statements.put(statement(id, "http://adlnet.gov/expapi/verbs/passed")))
                .isInstanceOfSatisfying(LrsException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.body()).contains("a different statement has this id");
                });
    }

    @Test
    void anUnknownStatementIsEmptyRatherThanAnError() {
        assertThat(statements.get(UUID.randomUUID())).isEmpty();
        assertThat(statements.getVoided(UUID.randomUUID())).isEmpty();
        assertThat(lrs.lastRequest().query()).containsKey("voidedStatementId");
    }

    @Test
    void aQuerySendsTheStandardParameters() {
        StatementQuery query = StatementQuery.builder()
                .agent(LEARNER).verb(ANSWERED).activity("https://kasus.example.se/xapi/activities/case/case-01")
                .registration("ec531277-b57b-4c15-8d91-d292c5b2b8f7").relatedActivities(true).relatedAgents(false)
                .since(Instant.parse("2026-01-01T00:00:00Z")).until(Instant.parse("2026-02-01T00:00:00Z"))
                .limit(50).format(StatementQuery.Format.EXACT).attachments(false).ascending(true)
                .build();

        statements.query(query);

        assertThat(lrs.lastRequest().query()).containsExactly(
                entry("agent", XapiJson.write(LEARNER)),
                entry("verb", ANSWERED),
                entry("activity", "https://kasus.example.se/xapi/activities/case/case-01"),
                entry("registration", "ec531277-b57b-4c15-8d91-d292c5b2b8f7"),
                entry("related_activities", "true"),
                entry("related_agents", "false"),
                entry("since", "2026-01-01T00:00:00Z"),
                entry("until", "2026-02-01T00:00:00Z"),
                entry("limit", "50"),
                entry("format", "exact"),
                entry("attachments", "false"),
                entry("ascending", "true"));
    }

    @Test
    void aStreamFollowsMoreThroughEveryPage() {
        List<Statement> stored = IntStream.range(0, 25).mapToObj(i -> statement(UUID.randomUUID(), ANSWERED)).toList();
        stored.forEach(lrs.statements()::add);

        List<Statement> streamed = statements.stream(StatementQuery.builder().verb(ANSWERED).limit(10).build()).toList();

        assertThat(streamed).containsExactlyElementsOf(stored);
        assertThat(lrs.requests()).extracting(r -> r.query().get("more")).containsExactly(null, "10", "20");
    }

    @Test
    void pagesAreFetchedOnlyAsTheyAreConsumed() {
        IntStream.range(0, 25).forEach(i -> lrs.statements().add(statement(UUID.randomUUID(), ANSWERED)));

        List<Statement> firstFive = statements.stream(StatementQuery.builder().limit(10).build()).limit(5).toList();

        assertThat(firstFive).hasSize(5);
        assertThat(lrs.requests()).hasSize(1);
    }

    @Test
    void aPageWithoutMoreIsTheLast() {
        lrs.statements().add(statement(UUID.randomUUID(), ANSWERED));

        StatementResult page = statements.query(StatementQuery.builder().build());

        assertThat(page.statements()).hasSize(1);
        assertThat(page.next()).isEmpty();
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    private static Statement statement(UUID id, String verb) {
        Statement.Builder builder = Statement.builder().actor(LEARNER).verb(Verb.of(verb, "en-US", "did"))
                .object(Activity.of("https://kasus.example.se/xapi/activities/case/case-01"))
                .timestamp(Instant.parse("2026-05-04T08:15:30Z"));
        return id == null ? builder.build() : builder.id(id).build();
    }
}
