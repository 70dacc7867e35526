package se.kasus.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;
import se.kasus.xapi.model.Verb;

class XapiJsonTest {

    private static final String MINIMAL = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
            + "\"object\":{\"id\":\"http://example.com/activities/1\"}}";

    private static String withProperty(String property) {
        return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + property + "}";
    }

    @Test
    void writesCompactJsonWithoutAbsentPropertiesAndWithWholeScoresAsIntegers() {
        Statement statement = Statement.builder()
                .id(UUID.fromString("0b6f1d5e-2a8c-4c1e-9a77-3c1f2b4d5e6f"))
                .actor(Agent.withMbox(null, "mailto:a@example.com"))
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/scored", "en", "scored"))
                .object(Activity.of("http://example.com/quiz"))
                .result(Result.builder().score(new Score(0.5, 8.0, 0.0, 16.0)).success(true).build())
                .build();

        assertThat(XapiJson.write(statement)).isEqualTo("{\"id\":\"0b6f1d5e-2a8c-4c1e-9a77-3c1f2b4d5e6f\","
                + "\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:a@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/scored\",\"display\":{\"en\":\"scored\"}},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"http://example.com/quiz\"},"
                + "\"result\":{\"score\":{\"scaled\":0.5,\"raw\":8,\"min\":0,\"max\":16},\"success\":true}}");
    }

    @Test
    void writesNonAsciiTextUnescapedAsJavaScriptDoes() {
        Statement statement = XapiJson.readStatement(MINIMAL.replace("\"verb\":{", "\"verb\":{\"display\":{\"sv-SE\":\"upplevde ä\"},"));

        assertThat(XapiJson.write(statement)).contains("\"display\":{\"sv-SE\":\"upplevde ä\"}");
    }

    @Test
    void contextActivitiesArrivingAsSingleObjectsAreWrittenAsLists() {
        Statement statement = XapiJson.readStatement(withProperty(
                "\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"http://example.com/course\"}}}"));

        assertThat(statement.context().contextActivities().parent())
                .containsExactly(Activity.of("http://example.com/course"));
        assertThat(XapiJson.write(statement))
                .contains("\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"http://example.com/course\"}]}");
    }

    @Test
    void readingIsLenientButReportsEveryPropertyItCouldNotUse() {
        Parsed<Statement> parsed = XapiJson.parseStatement(withProperty(
                "\"result\":{\"success\":\"yes\",\"score\":{\"raw\":null}},\"colour\":\"blue\""));

        assertThat(parsed.value().verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
        assertThat(parsed.value().result().success()).isNull();
        assertThat(parsed.problems()).extracting(JsonProblem::path)
                .containsExactly("$.result.score.raw", "$.result.success", "$.colour");
        assertThat(parsed.isClean()).isFalse();
    }

    @Test
    void statementsArriveAsOneStatementOrAsAnArray() {
        assertThat(XapiJson.readStatements(MINIMAL)).hasSize(1);
        assertThat(XapiJson.readStatements("[" + MINIMAL + "," + MINIMAL + "]")).hasSize(2);
    }

    @Test
    void anArrayWithAnElementThatIsNoObjectYieldsNoStatements() {
        Parsed<List<Statement>> parsed = XapiJson.parseStatements("[" + MINIMAL + ",42]");

        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).extracting(JsonProblem::path).containsExactly("$[1]");
    }

    @Test
    void textThatIsNotJsonCannotBeReadAsAStatement() {
        assertThatThrownBy(() -> XapiJson.readStatement("{\"actor\":")).isInstanceOf(XapiJsonException.class);
        assertThatThrownBy(() -> XapiJson.readStatement("[]")).isInstanceOf(XapiJsonException.class);
    }

    @Test
    void extensionNumbersKeepTheirValueAcrossARoundTrip() {
        Statement statement = XapiJson.readStatement(withProperty("\"result\":{\"extensions\":{"
                + "\"http://e.x/a\":8.0,\"http://e.x/b\":0.25,\"http://e.x/c\":12345678901234567890,\"http://e.x/d\":null}}"));

        Extensions extensions = statement.result().extensions();
        assertThat(extensions.get("http://e.x/a")).isEqualTo(8L);
        assertThat(extensions.get("http://e.x/b")).isEqualTo(0.25);
        assertThat(extensions.get("http://e.x/c")).isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(extensions.values()).containsEntry("http://e.x/d", null);
        assertThat(XapiJson.write(statement)).contains("{\"http://e.x/a\":8,\"http://e.x/b\":0.25,"
                + "\"http://e.x/c\":12345678901234567890,\"http://e.x/d\":null}");
    }

    @Test
    void aStatementResultIsWrittenWithItsMoreLink() {
        StatementResult page = new StatementResult(List.of(XapiJson.readStatement(MINIMAL)), "/xapi/statements?more=2");

        StatementResult read = XapiJson.readStatementResult(XapiJson.write(page));

        assertThat(read).isEqualTo(page);
        assertThat(read.next()).contains("/xapi/statements?more=2");
    }

    @Test
    void anAgentIsWrittenForUseAsAQueryParameter() {
        Agent agent = Agent.withAccount("Anna", "https://kasus.example.se", "9f2c1a");

        assertThat(XapiJson.write(agent)).isEqualTo("{\"objectType\":\"Agent\",\"name\":\"Anna\","
                + "\"account\":{\"homePage\":\"https://kasus.example.se\",\"name\":\"9f2c1a\"}}");
        assertThat(XapiJson.readActor(XapiJson.write(agent))).isEqualTo(agent);
    }

    @Test
    void builtStatementsWithContextSurviveARoundTrip() {
        Statement statement = Statement.builder()
                .actor(Agent.withAccount(null, "https://kasus.example.se", "9f2c1a"))
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/completed", "sv-SE", "slutförde"))
                .object(Activity.of("https://kasus.example.se/xapi/activities/case/case-01"))
                .context(Context.builder().registration(UUID.randomUUID()).platform("Kasus").language("sv-SE")
                        .contextActivities(new ContextActivities(List.of(Activity.of("https://kasus.example.se/m1")),
                                null, null, null))
                        .extensions(new Extensions(Map.of("https://kasus.example.se/ext/attempt", 2L)))
                        .build())
                .timestamp(java.time.Instant.parse("2026-05-04T08:15:30.250Z"))
                .build();

        assertThat(XapiJson.readStatement(XapiJson.write(statement))).isEqualTo(statement);
    }

    @Test
    void theIdsFormatWritesActivitiesAsTheirIdAlone() {
        String json = "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
                + "\"verb\":{\"id\":\"http://e.x/v\"},\"object\":{\"objectType\":\"SubStatement\","
                + "\"actor\":{\"mbox\":\"mailto:b@example.com\"},\"verb\":{\"id\":\"http://e.x/v\"},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"http://e.x/inner\"}},"
                + "\"context\":{\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"http://e.x/p\"}]}}}";

        String ids = XapiJson.writeIds(XapiJson.readStatement(json));

        assertThat(ids).contains("\"object\":{\"id\":\"http://e.x/inner\"}")
                .contains("\"parent\":[{\"id\":\"http://e.x/p\"}]")
                .contains("\"objectType\":\"SubStatement\"")
                .doesNotContain("\"Activity\"");
    }
}
