package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.it.lrs.StatementsIT.q;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.lrs.Lrs.Reply;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private final Lrs lrs = Lrs.readWrite();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static String state(String activity, String agent, String registration, String stateId) {
        return "xapi/activities/state?activityId=" + q(activity) + "&agent=" + q(agent)
                + (registration == null ? "" : "&registration=" + registration)
                + (stateId == null ? "" : "&stateId=" + q(stateId));
    }

    static String sha1(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStateDocumentIsStoredAndReturnedWithItsTypeEtagAndLastModified() throws Exception {
        String agent = Statements.agent(Statements.mbox());
        String activity = Statements.activity();
        String content = "bookmark=page 7";

        Reply put = lrs.request("PUT", state(activity, agent, null, "bookmark"))
                .body("text/plain", content.getBytes(StandardCharsets.UTF_8)).send();
        Reply got = lrs.get(state(activity, agent, null, "bookmark"));
        Reply head = lrs.request("HEAD", state(activity, agent, null, "bookmark")).send();

        assertThat(put.status()).isEqualTo(204);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.text()).isEqualTo(content);
        assertThat(got.header("Content-Type")).startsWith("text/plain");
        assertThat(got.header("ETag")).isEqualTo("\"" + sha1(content) + "\"");
        assertThat(got.header("Last-Modified")).isNotNull();
        assertThat(got.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(got.header("ETag"));
    }

    @Test
    void postMergesJsonObjectsAtTheTopLevel() {
        String agent = Statements.agent(Statements.mbox());
        String activity = Statements.activity();
        lrs.request("PUT", state(activity, agent, null, "s")).json("{\"x\":\"foo\",\"y\":\"bar\"}").send();

        Reply merged = lrs.request("POST", state(activity, agent, null, "s")).json("{\"x\":\"bash\",\"z\":\"faz\"}").send();

        assertThat(merged.status()).isEqualTo(204);
        assertThat(lrs.get(state(activity, agent, null, "s")).json().toString())
                .isEqualTo("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}");
    }

    @Test
    void postMergingIntoANonJsonDocumentIs400AndChangesNothing() {
        String agent = Statements.agent(Statements.mbox());
        String activity = Statements.activity();
        lrs.request("PUT", state(activity, agent, null, "s")).body("text/plain", "plain".getBytes()).send();

        Reply reply = lrs.request("POST", state(activity, agent, null, "s")).json("{\"x\":1}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(lrs.get(state(activity, agent, null, "s")).text()).isEqualTo("plain");
    }

    @Test
    void stateIdsAreListedPerRegistrationAndSinceAndDeletedTogether() throws InterruptedException {
        String agent = Statements.agent(Statements.mbox());
        String activity = Statements.activity();
        String registration = UUID.randomUUID().toString();
        lrs.request("PUT", state(activity, agent, registration, "a")).json("{}").send();
        lrs.request("PUT", state(activity, agent, null, "b")).json("{}").send();
        String since = lrs.get(state(activity, agent, registration, "a")).header("Last-Modified");
        Thread.sleep(1100);
        lrs.request("PUT", state(activity, agent, registration, "c")).json("{}").send();

        assertThat(lrs.get(state(activity, agent, registration, null)).json().toString()).isEqualTo("[\"a\",\"c\"]");
        assertThat(lrs.get(state(activity, agent, null, null)).json()).hasSize(3);
        String isoSince = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(since, java.time.Instant::from)
                .plusMillis(999).toString();
        assertThat(lrs.get(state(activity, agent, registration, null) + "&since=" + q(isoSince)).json().toString())
                .isEqualTo("[\"c\"]");

        assertThat(lrs.request("DELETE", state(activity, agent, registration, null)).send().status()).isEqualTo(204);
        assertThat(lrs.get(state(activity, agent, null, null)).json().toString()).isEqualTo("[\"b\"]");
        assertThat(lrs.request("DELETE", state(activity, agent, null, "b")).send().status()).isEqualTo(204);
        assertThat(lrs.get(state(activity, agent, null, "b")).status()).isEqualTo(404);
    }

    @Test
    void stateWithoutActivityOrWithAnInvalidAgentIs400() {
        String agent = Statements.agent(Statements.mbox());
        assertThat(lrs.get("xapi/activities/state?agent=" + q(agent) + "&stateId=s").status()).isEqualTo(400);
        assertThat(lrs.get(state(Statements.activity(), "{\"mbox\":\"not-mailto\"}", null, "s")).status()).isEqualTo(400);
        assertThat(lrs.get(state(Statements.activity(), agent, "not-a-uuid", "s")).status()).isEqualTo(400);
        assertThat(lrs.request("PUT", "xapi/activities/state?activityId=" + q(Statements.activity()) + "&agent=" + q(agent))
                .json("{}").send().status()).isEqualTo(400);
    }

    @Test
    void profilePutFollowsTheConcurrencyRules() throws Exception {
        String profile = "xapi/activities/profile?activityId=" + q(Statements.activity()) + "&profileId=p";

        Reply newWithoutHeader = lrs.request("PUT", profile).json("{\"v\":0}").send();
        Reply created = lrs.request("PUT", profile).header("If-None-Match", "*").json("{\"v\":1}").send();
        Reply withoutHeader = lrs.request("PUT", profile).json("{\"v\":2}").send();
        Reply withoutHeaderIn2 = lrs.request("PUT", profile).header(Lrs.VERSION, "2.0.0").json("{\"v\":2}").send();
        Reply wrongEtag = lrs.request("PUT", profile).header("If-Match", "\"" + sha1("other") + "\"").json("{\"v\":2}").send();
        Reply noneMatch = lrs.request("PUT", profile).header("If-None-Match", "*").json("{\"v\":2}").send();
        Reply matching = lrs.request("PUT", profile).header("If-Match", "\"" + sha1("{\"v\":1}") + "\"").json("{\"v\":3}").send();

        assertThat(newWithoutHeader.status()).as("xAPI 1.0.3: a condition on every profile PUT").isEqualTo(400);
        assertThat(newWithoutHeader.json().path("detail").asString()).contains("If-None-Match");
        assertThat(created.status()).isEqualTo(204);
        assertThat(withoutHeader.status()).isEqualTo(400);
        assertThat(withoutHeaderIn2.status()).as("xAPI 2.0: only replacing needs a condition").isEqualTo(409);
        assertThat(withoutHeaderIn2.json().path("detail").asString()).contains("If-Match");
        assertThat(wrongEtag.status()).isEqualTo(412);
        assertThat(noneMatch.status()).isEqualTo(412);
        assertThat(matching.status()).isEqualTo(204);
        assertThat(lrs.get(profile).text()).isEqualTo("{\"v\":3}");
    }

    /** Issue 13, xAPI rules 8 and 12: xAPI 2.0 asks a condition of every PUT replacing a document, State too. */
    @Test
    void aStatePutIn2WithoutAConditionOverAnExistingDocumentIs409AndChangesNothing() {
        String agent = Statements.agent(Statements.mbox());
        String address = state(Statements.activity(), agent, null, "s");

        Reply created = lrs.request("PUT", address).header(Lrs.VERSION, "2.0.0").json("{\"v\":1}").send();
        Reply replaced = lrs.request("PUT", address).header(Lrs.VERSION, "2.0.0").json("{\"v\":2}").send();
        Reply withCondition = lrs.request("PUT", address).header(Lrs.VERSION, "2.0.0").header("If-Match", "*")
                .json("{\"v\":3}").send();
        Reply in1 = lrs.request("PUT", address).json("{\"v\":4}").send();

        assertThat(created.status()).as("a new document needs no condition").isEqualTo(204);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(409);
        assertThat(replaced.json().path("detail").asString()).contains("If-Match", "xAPI 2.0").doesNotContain("1.0.3");
        assertThat(replaced.header("Content-Language")).isEqualTo("en");
        assertThat(withCondition.status()).isEqualTo(204);
        assertThat(in1.status()).as("xAPI 1.0.3 exempts State from the rule").isEqualTo(204);
        assertThat(lrs.get(address).text()).isEqualTo("{\"v\":4}");
    }

    @Test
    void theStoredStateIsUnchangedAfterTheRefused2Put() {
        String agent = Statements.agent(Statements.mbox());
        String address = state(Statements.activity(), agent, null, "s");
        lrs.request("PUT", address).header(Lrs.VERSION, "2.0.0").json("{\"v\":1}").send();

        lrs.request("PUT", address).header(Lrs.VERSION, "2.0.0").json("{\"v\":2}").send();

        assertThat(lrs.get(address).text()).isEqualTo("{\"v\":1}");
    }

    @Test
    void aProfileIsCreatedWithIfNoneMatchAndDeletedWithIfMatch() throws Exception {
        String activity = Statements.activity();
        String profile = "xapi/activities/profile?activityId=" + q(activity) + "&profileId=p";

        assertThat(lrs.request("PUT", profile).header("If-None-Match", "*").json("{}").send().status()).isEqualTo(204);
        assertThat(lrs.get("xapi/activities/profile?activityId=" + q(activity)).json().toString()).isEqualTo("[\"p\"]");
        assertThat(lrs.request("DELETE", profile).header("If-Match", "\"" + sha1("x") + "\"").send().status())
                .isEqualTo(412);
        assertThat(lrs.request("DELETE", profile).header("If-Match", "\"" + sha1("{}") + "\"").send().status())
                .isEqualTo(204);
        assertThat(lrs.get(profile).status()).isEqualTo(404);
    }

    @Test
    void agentProfilesBelongToTheAgentAndRefuseGroups() {
        String agent = Statements.agent(Statements.mbox());
        String profile = "xapi/agents/profile?agent=" + q(agent) + "&profileId=prefs";
        String group = "{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.se\"}";

        assertThat(lrs.request("PUT", profile).header("If-None-Match", "*").json("{\"lang\":\"sv\"}").send().status())
                .isEqualTo(204);
        assertThat(lrs.get(profile).json().path("lang").asString()).isEqualTo("sv");
        assertThat(lrs.get("xapi/agents/profile?agent=" + q(agent)).json().toString()).isEqualTo("[\"prefs\"]");
        assertThat(lrs.get("xapi/agents/profile?agent=" + q(Statements.agent(Statements.mbox())) + "&profileId=prefs")
                .status()).isEqualTo(404);
        assertThat(lrs.get("xapi/agents/profile?agent=" + q(group) + "&profileId=prefs").status()).isEqualTo(400);
    }

    @Test
    void theActivitiesResourceMergesWhatEveryStatementDefinedAndTheAgentsResourceGivesAPerson() {
        String activity = Statements.activity();
        lrs.store("{\"actor\":" + Statements.agent(Statements.mbox()) + ",\"verb\":{\"id\":\"" + Statements.ANSWERED
                + "\"},\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"sv-SE\":\"Fall 1\"}}}}");
        lrs.store("{\"actor\":" + Statements.agent(Statements.mbox()) + ",\"verb\":{\"id\":\"" + Statements.ANSWERED
                + "\"},\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en-US\":\"Case 1\"}}}}");
        String mbox = Statements.mbox();

        Reply known = lrs.get("xapi/activities?activityId=" + q(activity));
        Reply unknown = lrs.get("xapi/activities?activityId=" + q(Statements.activity()));
        Reply person = lrs.get("xapi/agents?agent=" + q("{\"name\":\"Anna\",\"mbox\":\"" + mbox + "\"}"));

        assertThat(known.json().path("definition").path("name").path("sv-SE").asString()).isEqualTo("Fall 1");
        assertThat(known.json().path("definition").path("name").path("en-US").asString()).isEqualTo("Case 1");
        assertThat(known.json().path("id").asString()).isEqualTo(activity);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().path("objectType").asString()).isEqualTo("Activity");
        assertThat(person.json().path("objectType").asString()).isEqualTo("Person");
        assertThat(person.json().path("mbox").get(0).asString()).isEqualTo(mbox);
        assertThat(person.json().path("name").get(0).asString()).isEqualTo("Anna");
    }

    @Test
    void theAlternateRequestSyntaxCarriesMethodHeadersParametersAndContentInAForm() {
        String id = UUID.randomUUID().toString();
        String statement = Statements.simple(null, Statements.mbox(), Statements.ANSWERED, Statements.activity());
        String form = "statementId=" + id + "&Authorization=" + q(lrs.authorization()) + "&X-Experience-API-Version=1.0.3"
                + "&Content-Type=application%2Fjson&content=" + q(statement);

        Reply put = Lrs.withAuthorization(null).request("POST", "xapi/statements?method=PUT").header(Lrs.VERSION, null)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)).send();
        Reply get = Lrs.withAuthorization(null).request("POST", "xapi/statements?method=GET").header(Lrs.VERSION, null)
                .body("application/x-www-form-urlencoded", ("statementId=" + id + "&Authorization=" + q(lrs.authorization())
                        + "&X-Experience-API-Version=1.0.3").getBytes(StandardCharsets.UTF_8)).send();

        assertThat(put.status()).as(put.text()).isEqualTo(204);
        assertThat(get.status()).as(get.text()).isEqualTo(200);
        assertThat(get.json().path("id").asString()).isEqualTo(id);
    }

    @Test
    void aPutSentAsAPostWithoutAContentTypeFieldStoresTheStatementAsJson() {
        String id = UUID.randomUUID().toString();
        String statement = Statements.simple(null, Statements.mbox(), Statements.ANSWERED, Statements.activity());
        String form = "statementId=" + id + "&Authorization=" + q(lrs.authorization()) + "&X-Experience-API-Version=1.0.3"
                + "&content=" + q(statement);

        Reply put = Lrs.withAuthorization(null).request("POST", "xapi/statements?method=PUT").header(Lrs.VERSION, null)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(put.status()).as(put.text()).isEqualTo(204);
        assertThat(lrs.get("xapi/statements?statementId=" + id).json().path("id").asString()).isEqualTo(id);
    }

    @Test
    void aDocumentStoredAsHtmlIsServedAsSandboxedDataNeverAsAPage() {
        String agent = Statements.agent(Statements.mbox());
        String activity = Statements.activity();
        String html = "<!doctype html><script>fetch('/api/me').then(r => r.text()).then(alert)</script>";
        String address = state(activity, agent, null, "page");

        Reply put = lrs.request("PUT", address).body("text/html", html.getBytes(StandardCharsets.UTF_8)).send();
        Reply got = lrs.get(address);
        String form = "activityId=" + q(activity) + "&agent=" + q(agent) + "&stateId=page&Authorization="
                + q(lrs.authorization()) + "&X-Experience-API-Version=1.0.3";
        Reply alternate = Lrs.withAuthorization(null).request("POST", "xapi/activities/state?method=GET")
                .header(Lrs.VERSION, null)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(put.status()).as(put.text()).isEqualTo(204);
        for (Reply reply : new Reply[] {got, alternate}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.text()).isEqualTo(html);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.headers().get("content-security-policy")).hasSize(1);
            assertThat(reply.header("Content-Security-Policy")).startsWith("sandbox").contains("default-src 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Content-Disposition")).isEqualTo("attachment");
        }
    }

    @Test
    void aJsonDocumentIsSandboxedButNotADownload() {
        String address = state(Statements.activity(), Statements.agent(Statements.mbox()), null, "json");

        lrs.putJson(address, "{\"page\":7}");
        Reply got = lrs.get(address);

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(got.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(got.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(got.header("Content-Disposition")).isNull();
    }
}
