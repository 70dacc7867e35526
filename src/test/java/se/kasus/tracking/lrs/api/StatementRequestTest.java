package se.kasus.tracking.lrs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.IndexKey;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.xapi.model.Agent;

class StatementRequestTest {

    private static final String ID = "0f5e2a3b-1c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final Agent ANNA = Agent.withMbox(null, "mailto:anna@example.se");

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    private static StatementRequest read(String... pairs) {
        return StatementRequest.of(params(pairs), json -> ANNA);
    }

    @Test
    void noParametersIsAQueryForEverythingNewestFirst() {
        StatementRequest.Query query = (StatementRequest.Query) read();

        assertThat(query.query()).isEqualTo(new StatementQuery(null, null, null, null, false, false, null, null, false, null));
        assertThat(query.limit()).isZero();
        assertThat(query.format()).isEqualTo(StatementFormat.EXACT);
        assertThat(query.attachments()).isFalse();
    }

    @Test
    void everyFilterIsReadIntoItsIndexKey() {
        StatementRequest.Query query = (StatementRequest.Query) read("agent", "{}", "verb", "http://adlnet.gov/expapi/verbs/passed",
                "activity", "http://kasus.example/a", "registration", ID.toUpperCase(), "related_activities", "true",
                "related_agents", "true", "since", "2026-01-01T10:00:00+01:00", "until", "2026-01-02T00:00:00Z",
                "limit", "10", "format", "ids", "attachments", "true", "ascending", "true");

        StatementQuery q = query.query();
        assertThat(q.agentKey()).isEqualTo(ActorKey.of(ANNA).orElseThrow());
        assertThat(q.verbKey()).isEqualTo(IndexKey.of("http://adlnet.gov/expapi/verbs/passed"));
        assertThat(q.activityKey()).isEqualTo("http://kasus.example/a");
        assertThat(q.registration()).isEqualTo(ID);
        assertThat(q.relatedActivities()).isTrue();
        assertThat(q.relatedAgents()).isTrue();
        assertThat(q.since()).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        assertThat(q.until()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(q.ascending()).isTrue();
        assertThat(query.limit()).isEqualTo(10);
        assertThat(query.format()).isEqualTo(StatementFormat.IDS);
        assertThat(query.attachments()).isTrue();
    }

    @Test
    void aStatementIdAsksForOneStatementOrOneVoidedStatement() {
        assertThat(read("statementId", ID, "format", "canonical"))
                .isEqualTo(new StatementRequest.Single(ID, false, StatementFormat.CANONICAL, false));
        assertThat(read("voidedStatementId", ID, "attachments", "true"))
                .isEqualTo(new StatementRequest.Single(ID, true, StatementFormat.EXACT, true));
    }

    @Test
    void theCursorOfAMoreLinkContinuesAfterItsSequenceNumber() {
        StatementRequest.Query query = (StatementRequest.Query) read("cursor", StatementCursor.encode(4711));

        assertThat(query.query().afterSeq()).isEqualTo(4711L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statementId+voidedStatementId", "statementId+limit", "statementId+agent", "unknown",
            "Verb", "registration=nope", "limit=-1", "limit=x", "since=2026-01-01", "until=-00:00", "format=full",
            "ascending=1", "related_agents=yes", "verb=not an iri", "cursor=bogus", "statementId=bad"})
    void mistakesAre400(String mistake) {
        Map<String, List<String>> params = switch (mistake) {
            case "statementId+voidedStatementId" -> params("statementId", ID, "voidedStatementId", ID);
            case "statementId+limit" -> params("statementId", ID, "limit", "1");
            case "statementId+agent" -> params("statementId", ID, "agent", "{}");
            case "unknown" -> params("unknown", "1");
            case "Verb" -> params("Verb", "http://x");
            default -> params(mistake.substring(0, mistake.indexOf('=')), mistake.substring(mistake.indexOf('=') + 1));
        };

        assertThatThrownBy(() -> StatementRequest.of(params, json -> ANNA)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aParameterGivenTwiceIs400() {
        assertThatThrownBy(() -> read("limit", "1", "limit", "2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void aParameterInTheWrongCaseIsNamedAsSuch() {
        assertThatThrownBy(() -> read("Registration", ID)).hasMessageContaining("case");
    }
}
