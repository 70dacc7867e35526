package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.it.lrs.Statements.ANSWERED;
import static se.kasus.it.lrs.Statements.activity;
import static se.kasus.it.lrs.Statements.mbox;
import static se.kasus.it.lrs.Statements.simple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.lrs.Lrs.Reply;
import tools.jackson.databind.JsonNode;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsIT {

    private final Lrs lrs = Lrs.readWrite();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aPostedStatementIsReturnedByIdAsStored() {
        String id = UUID.randomUUID().toString();
        Reply posted = lrs.postJson("xapi/statements", simple(id, mbox(), ANSWERED, activity()));

        Reply got = lrs.get("xapi/statements?statementId=" + id);

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().get(0).asString()).isEqualTo(id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(got.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(got.header("X-Experience-API-Consistent-Through")).isNotNull();
        assertThat(got.header("Last-Modified")).isNotNull();
        JsonNode statement = got.json();
        assertThat(statement.path("id").asString()).isEqualTo(id);
        assertThat(statement.path("version").asString()).isEqualTo("1.0.0");
        assertThat(Instant.parse(statement.path("stored").asString())).isNotNull();
        assertThat(statement.path("timestamp").asString()).isEqualTo(statement.path("stored").asString());
        assertThat(statement.path("authority").path("account").path("name").asString()).isNotEmpty();
        assertThat(statement.path("authority").path("account").path("homePage").asString())
                .isEqualTo("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + "/xapi");
    }

    @Test
    void aLargeStatementWithNonAsciiTextComesBackUnchanged() {
        String id = UUID.randomUUID().toString();
        String text = "Beslut om försörjningsstöd: åäö ÅÄÖ é ü € 漢字 ".repeat(2_000);
        String statement = "{\"id\":\"" + id + "\",\"actor\":" + Statements.agent(mbox())
                + ",\"verb\":{\"id\":\"" + ANSWERED + "\"},\"object\":{\"id\":\"" + activity() + "\"}"
                + ",\"result\":{\"response\":\"" + text + "\"}}";

        Reply posted = lrs.postJson("xapi/statements", statement);
        Reply got = lrs.get("xapi/statements?statementId=" + id);

        assertThat(posted.status()).isEqualTo(200);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("result").path("response").asString()).isEqualTo(text);
    }

    @Test
    void aBatchPostReturnsTheIdsInOrder() {
        String first = UUID.randomUUID().toString();
        String batch = "[" + simple(first, mbox(), ANSWERED, activity()) + "," + simple(null, mbox(), ANSWERED, activity()) + "]";

        Reply reply = lrs.postJson("xapi/statements", batch);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(2);
        assertThat(reply.json().get(0).asString()).isEqualTo(first);
        assertThat(UUID.fromString(reply.json().get(1).asString())).isNotNull();
    }

    @Test
    void putStoresWithTheGivenIdAndASecondIdenticalPutChangesNothing() {
        String id = UUID.randomUUID().toString();
        String statement = simple(null, mbox(), ANSWERED, activity());

        Reply first = lrs.putJson("xapi/statements?statementId=" + id, statement);
        String stored = lrs.get("xapi/statements?statementId=" + id).json().path("stored").asString();
        Reply again = lrs.putJson("xapi/statements?statementId=" + id, statement);

        assertThat(first.status()).isEqualTo(204);
        assertThat(first.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(again.status()).isEqualTo(204);
        assertThat(lrs.get("xapi/statements?statementId=" + id).json().path("stored").asString()).isEqualTo(stored);
    }

    @Test
    void aConflictingPutIs409() {
        String id = UUID.randomUUID().toString();
        String mbox = mbox();
        lrs.putJson("xapi/statements?statementId=" + id, simple(null, mbox, ANSWERED, activity()));

        Reply conflict = lrs.putJson("xapi/statements?statementId=" + id, simple(null, mbox, ANSWERED, activity()));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(conflict.json().path("type").asString()).endsWith("statement-conflict");
        assertThat(conflict.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void aPutWhoseBodyIdDiffersFromTheParameterIs400() {
        Reply reply = lrs.putJson("xapi/statements?statementId=" + UUID.randomUUID(),
                simple(UUID.randomUUID().toString(), mbox(), ANSWERED, activity()));

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void aPutWithoutStatementIdIs400() {
        assertThat(lrs.putJson("xapi/statements", simple(null, mbox(), ANSWERED, activity())).status()).isEqualTo(400);
    }

    @Test
    void anUnknownStatementIs404() {
        Reply reply = lrs.get("xapi/statements?statementId=" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void queriesFilterByAgentVerbActivityAndRegistrationNewestFirst() {
        String mbox = mbox();
        String activity = activity();
        String registration = UUID.randomUUID().toString();
        String a = lrs.store(Statements.withRegistration(mbox, activity, registration, null));
        String b = lrs.store(Statements.withRegistration(mbox, activity(), registration, null));
        String other = lrs.store(simple(null, mbox(), ANSWERED, activity));

        List<String> byRegistration = ids(lrs.get("xapi/statements?registration=" + registration));
        List<String> byAgent = ids(lrs.get("xapi/statements?agent=" + q(Statements.agent(mbox))));
        List<String> byActivity = ids(lrs.get("xapi/statements?activity=" + q(activity)));
        List<String> byAll = ids(lrs.get("xapi/statements?verb=" + q(ANSWERED) + "&activity=" + q(activity)
                + "&agent=" + q(Statements.agent(mbox)) + "&registration=" + registration));

        assertThat(byRegistration).containsExactly(b, a);
        assertThat(byAgent).containsExactly(b, a);
        assertThat(byActivity).containsExactly(other, a);
        assertThat(byAll).containsExactly(a);
    }

    @Test
    void relatedActivitiesAndRelatedAgentsWidenTheFilters() {
        String parent = activity();
        String instructor = mbox();
        String inContext = lrs.store(Statements.withRegistration(mbox(), activity(), UUID.randomUUID().toString(), parent));
        String taught = lrs.store("{\"actor\":" + Statements.agent(mbox()) + ",\"verb\":{\"id\":\"" + ANSWERED + "\"},"
                + "\"object\":{\"id\":\"" + activity() + "\"},\"context\":{\"instructor\":" + Statements.agent(instructor) + "}}");

        assertThat(ids(lrs.get("xapi/statements?activity=" + q(parent)))).isEmpty();
        assertThat(ids(lrs.get("xapi/statements?activity=" + q(parent) + "&related_activities=true"))).containsExactly(inContext);
        assertThat(ids(lrs.get("xapi/statements?agent=" + q(Statements.agent(instructor))))).isEmpty();
        assertThat(ids(lrs.get("xapi/statements?agent=" + q(Statements.agent(instructor)) + "&related_agents=true")))
                .containsExactly(taught);
    }

    @Test
    void limitPagesThroughMoreLinksAndAscendingReversesTheOrder() {
        String mbox = mbox();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(lrs.store(simple(null, mbox, ANSWERED, activity())));
        }
        String agent = q(Statements.agent(mbox));

        List<String> pages = new ArrayList<>();
        Reply page = lrs.get("xapi/statements?limit=2&ascending=true&agent=" + agent);
        int count = 0;
        while (true) {
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            pages.addAll(ids(page));
            String more = page.json().path("more").asString("");
            if (more.isEmpty()) {
                break;
            }
            assertThat(more).startsWith("/xapi/statements?");
            page = lrs.get(more.substring(1));
            count++;
        }

        assertThat(pages).containsExactlyElementsOf(stored);
        assertThat(count).isEqualTo(2);
        assertThat(ids(lrs.get("xapi/statements?limit=3&agent=" + agent)))
                .containsExactly(stored.get(4), stored.get(3), stored.get(2));
    }

    @Test
    void sinceAndUntilSelectByStoredTime() throws InterruptedException {
        String mbox = mbox();
        String first = lrs.store(simple(null, mbox, ANSWERED, activity()));
        String firstStored = lrs.get("xapi/statements?statementId=" + first).json().path("stored").asString();
        Thread.sleep(20);
        String second = lrs.store(simple(null, mbox, ANSWERED, activity()));
        String agent = q(Statements.agent(mbox));

        assertThat(ids(lrs.get("xapi/statements?agent=" + agent + "&since=" + q(firstStored)))).containsExactly(second);
        assertThat(ids(lrs.get("xapi/statements?agent=" + agent + "&until=" + q(firstStored)))).containsExactly(first);
    }

    @Test
    void aVoidedStatementLeavesQueriesButIsFoundByVoidedStatementId() {
        String mbox = mbox();
        String activity = activity();
        String target = lrs.store(simple(null, mbox, ANSWERED, activity));

        String voiding = lrs.store(Statements.voiding(mbox, target));

        assertThat(lrs.get("xapi/statements?statementId=" + target).status()).isEqualTo(404);
        Reply voided = lrs.get("xapi/statements?voidedStatementId=" + target);
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().path("id").asString()).isEqualTo(target);
        assertThat(lrs.get("xapi/statements?voidedStatementId=" + voiding).status()).isEqualTo(404);
        // The voiding statement targets the voided one, so it meets the voided one's filters (Communication 2.1.4)
        assertThat(ids(lrs.get("xapi/statements?activity=" + q(activity)))).containsExactly(voiding);
    }

    @Test
    void aStatementIsVoidedWhenItsVoidingStatementCameFirstOrInTheSameBatch() {
        String mbox = mbox();
        String early = UUID.randomUUID().toString();
        String sameBatch = UUID.randomUUID().toString();

        lrs.store(Statements.voiding(mbox, early));
        lrs.store(simple(early, mbox, ANSWERED, activity()));
        Reply batch = lrs.postJson("xapi/statements", "[" + simple(sameBatch, mbox, ANSWERED, activity()) + ","
                + Statements.voiding(mbox, sameBatch) + "]");

        assertThat(batch.status()).isEqualTo(200);
        for (String id : List.of(early, sameBatch)) {
            assertThat(lrs.get("xapi/statements?statementId=" + id).status()).as(id).isEqualTo(404);
            assertThat(lrs.get("xapi/statements?voidedStatementId=" + id).status()).as(id).isEqualTo(200);
        }
    }

    @Test
    void voidingAVoidingStatementIs400() {
        String mbox = mbox();
        String voiding = lrs.store(Statements.voiding(mbox, lrs.store(simple(null, mbox, ANSWERED, activity()))));

        Reply reply = lrs.postJson("xapi/statements", Statements.voiding(mbox, voiding));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asString()).contains("cannot itself be voided");
    }

    @Test
    void idsFormatKeepsOnlyIdentifiersAndCanonicalKeepsOneLanguage() {
        String id = lrs.store(simple(null, mbox(), ANSWERED, activity()).replace("\"objectType\":\"Agent\",",
                "\"objectType\":\"Agent\",\"name\":\"Anna\","));

        JsonNode ids = lrs.get("xapi/statements?format=ids&statementId=" + id).json();
        JsonNode canonical = lrs.request("GET", "xapi/statements?format=canonical&statementId=" + id)
                .header("Accept-Language", "sv-SE, en;q=0.5").send().json();

        assertThat(ids.path("actor").has("name")).isFalse();
        assertThat(ids.path("verb").has("display")).isFalse();
        assertThat(ids.path("object").propertyNames()).as("an Activity is its id alone").containsExactly("id");
        assertThat(canonical.path("verb").path("display").propertyNames()).containsExactly("sv-SE");
        assertThat(canonical.path("actor").path("name").asString()).isEqualTo("Anna");
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        String id = lrs.store(simple(null, mbox(), ANSWERED, activity()));

        Reply head = lrs.request("HEAD", "xapi/statements?statementId=" + id).send();

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(head.header("Last-Modified")).isNotNull();
    }

    @Test
    void queryParameterMistakesAre400() {
        String id = UUID.randomUUID().toString();
        for (String query : List.of("statementId=" + id + "&voidedStatementId=" + id, "statementId=" + id + "&limit=1",
                "unknown=1", "Registration=" + id, "registration=not-a-uuid", "limit=-1", "since=yesterday",
                "format=full", "ascending=yes", "agent=" + q("{\"name\":\"no identifier\"}"))) {
            Reply reply = lrs.get("xapi/statements?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.isProblem()).as(query).isTrue();
        }
    }

    @Test
    void anEmptyResultIsAStatementResultWithoutStatements() {
        Reply reply = lrs.get("xapi/statements?registration=" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("statements")).isEmpty();
        assertThat(reply.json().path("more").asString()).isEmpty();
    }

    @Test
    void version2RequestsGetVersion2Answers() {
        Reply reply = lrs.request("POST", "xapi/statements").header(Lrs.VERSION, "2.0.0")
                .json(simple(null, mbox(), ANSWERED, activity())).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header(Lrs.VERSION)).isEqualTo("2.0.0");
        String id = reply.json().get(0).asString();
        assertThat(lrs.get("xapi/statements?statementId=" + id).json().path("version").asString()).isEqualTo("2.0.0");
    }

    static List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("statements").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }
}
