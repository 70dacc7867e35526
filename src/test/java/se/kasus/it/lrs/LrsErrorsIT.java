package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.it.lrs.Statements.ANSWERED;
import static se.kasus.it.lrs.Statements.activity;
import static se.kasus.it.lrs.Statements.mbox;
import static se.kasus.it.lrs.Statements.simple;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.RawHttp;
import se.kasus.it.lrs.Lrs.Reply;
import se.kasus.xapi.Fixtures;

/** Bad input to /xapi: every malformed statement kind, versions, credentials and scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsErrorsIT {

    private final Lrs lrs = Lrs.readWrite();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    /** The fixtures of the xAPI package: one malformed statement per rule of the specification. */
    @Test
    void everyMalformedStatementIs400WithItsReason() {
        SoftAssertions softly = new SoftAssertions();
        List<String> fixtures = Fixtures.jsonFiles("xapi/invalid").toList();
        for (String fixture : fixtures) {
            String json = Fixtures.read("xapi/invalid/" + fixture);
            Reply posted = lrs.postJson("xapi/statements", json);
            softly.assertThat(posted.status()).as(fixture + ": " + posted.text()).isEqualTo(400);
            softly.assertThat(posted.isProblem()).as(fixture).isTrue();
            if (posted.isProblem()) {
                String reasons = posted.json().path("detail").asString() + posted.json().path("violations").toString();
                softly.assertThat(posted.json().path("violations").isArray()
                        || !posted.json().path("detail").asString().isEmpty()).as(fixture + " names its reason").isTrue();
                softly.assertThat(reasons).as(fixture + " points at the specification").containsAnyOf("xAPI", "http", "RFC", "JSON");
            }
            softly.assertThat(posted.header("X-Experience-API-Version")).as(fixture).isEqualTo("1.0.3");
        }
        softly.assertAll();
        assertThat(fixtures).hasSizeGreaterThan(60);
    }

    @Test
    void aMalformedStatementInABatchRejectsTheWholeBatch() {
        String good = UUID.randomUUID().toString();
        String batch = "[" + simple(good, mbox(), ANSWERED, activity()) + "," + simple(null, mbox(), "not an iri", activity()) + "]";

        Reply reply = lrs.postJson("xapi/statements", batch);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("violations").get(0).path("field").asString()).isEqualTo("$[1].verb.id");
        assertThat(lrs.get("xapi/statements?statementId=" + good).status()).isEqualTo(404);
    }

    @Test
    void aBodyThatIsNotJsonOrHasTheWrongContentTypeIs400() {
        assertThat(lrs.postJson("xapi/statements", "{\"actor\":").status()).isEqualTo(400);
        assertThat(lrs.request("POST", "xapi/statements").body("text/plain",
                simple(null, mbox(), ANSWERED, activity()).getBytes()).send().status()).isEqualTo(400);
        assertThat(lrs.request("POST", "xapi/statements").send().status()).isEqualTo(400);
    }

    @Test
    void twoStatementsWithOneIdInABatchAre400() {
        String id = UUID.randomUUID().toString();
        String statement = simple(id, mbox(), ANSWERED, activity());

        assertThat(lrs.postJson("xapi/statements", "[" + statement + "," + statement + "]").status()).isEqualTo(400);
    }

    @Test
    void aMissingOrUnsupportedVersionHeaderIs400() {
        for (String version : new String[] {null, "0.95", "1.1.0", "3.0.0", "one"}) {
            Reply reply = lrs.request("GET", "xapi/statements?limit=1").header(Lrs.VERSION, version).send();
            assertThat(reply.status()).as(version).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().path("detail").asString()).contains("X-Experience-API-Version");
            assertThat(reply.header(Lrs.VERSION)).as("issue 13, xAPI rule 9: the newest version Kasus speaks")
                    .isEqualTo("2.0.0");
        }
        for (String version : new String[] {"1.0", "1.0.0", "1.0.3", "1.0.9", "2.0.0"}) {
            assertThat(lrs.request("GET", "xapi/statements?limit=1").header(Lrs.VERSION, version).send().status())
                    .as(version).isEqualTo(200);
        }
    }

    @Test
    void aboutNeedsNeitherCredentialsNorVersion() {
        Reply about = Lrs.withAuthorization(null).request("GET", "xapi/about").header(Lrs.VERSION, null).send();

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.json().path("version").toString()).contains("1.0.3", "2.0.0");
        assertThat(about.header(Lrs.VERSION)).isEqualTo("2.0.0");
    }

    /** Issue 13, xAPI rule 11: a doubled slash inside an LRS path, as some cmi5 players build it. */
    @Test
    void aDoubledSlashInsideAnLrsPathReachesTheSameResource() {
        String id = UUID.randomUUID().toString();
        String agent = Statements.agent(mbox());
        String state = "activities//state?activityId=" + StatementsIT.q(activity()) + "&agent=" + StatementsIT.q(agent)
                + "&stateId=s";

        Reply put = lrs.putJson("xapi//statements?statementId=" + id, simple(null, mbox(), ANSWERED, activity()));
        Reply got = lrs.get("xapi//statements?statementId=" + id);
        Reply stateSaved = lrs.putJson("xapi/" + state, "{\"page\":7}");
        Reply stateRead = lrs.get("xapi//" + state);

        assertThat(put.status()).as(put.text()).isEqualTo(204);
        assertThat(got.status()).as(got.text()).isEqualTo(200);
        assertThat(got.json().path("id").asString()).isEqualTo(id);
        assertThat(got.header(Lrs.VERSION)).isEqualTo("1.0.3");
        assertThat(stateSaved.status()).as(stateSaved.text()).isEqualTo(204);
        assertThat(stateRead.text()).isEqualTo("{\"page\":7}");
    }

    /** Issue 13, xAPI rule 12: the LRS answers in English and says so; the Swedish API says Swedish. */
    @Test
    void problemsSayWhichLanguageTheyAreIn() {
        Reply lrsProblem = lrs.postJson("xapi/statements", "{\"actor\":");
        Reply unknown = lrs.get("xapi/finns-inte");
        KasusApi api = KasusApi.testServer();
        HttpResponse<String> apiProblem = RawHttp.send(RawHttp.request("/api/finns-inte")
                .header("Authorization", RawHttp.basic(api.admin())).GET().build());

        assertThat(lrsProblem.status()).isEqualTo(400);
        assertThat(lrsProblem.header("Content-Language")).isEqualTo("en");
        assertThat(lrsProblem.json().path("title").asString()).isEqualTo("Bad Request");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Language")).isEqualTo("en");
        assertThat(unknown.json().path("title").asString()).isEqualTo("Not Found");
        assertThat(unknown.json().path("detail").asString()).isEqualTo("There is no such resource in this LRS.");
        HttpResponse<String> beforeTheLrs = RawHttp.send(RawHttp.request("//xapi/about").GET().build());
        assertThat(beforeTheLrs.statusCode()).isEqualTo(404);
        assertThat(RawHttp.header(beforeTheLrs, "Content-Language")).isEqualTo("en");
        assertThat(beforeTheLrs.body()).contains("\"title\":\"Not Found\"");
        assertThat(apiProblem.statusCode()).isEqualTo(404);
        assertThat(RawHttp.header(apiProblem, "Content-Language")).isEqualTo("sv");
        assertThat(apiProblem.body()).contains("\"title\":\"Hittades inte\"");
    }

    @Test
    void noOrWrongCredentialsAre401WithABasicChallenge() {
        String keyOnly = lrs.authorization();
        for (Lrs client : new Lrs[] {Lrs.withAuthorization(null), Lrs.withAuthorization(Lrs.basic("unknown", "secret")),
                Lrs.withAuthorization(Lrs.basic("", "")), Lrs.withAuthorization("Bearer abc"),
                Lrs.withAuthorization(keyOnly.substring(0, keyOnly.length() - 4) + "AAA=")}) {
            Reply reply = client.get("xapi/statements?limit=1");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.header(Lrs.VERSION)).isEqualTo("1.0.3");
        }
    }

    @Test
    void accountPasswordsAreNotLrsCredentials() {
        Reply reply = Lrs.withAuthorization(Lrs.basic("admin", "it-operator-secret-0001")).get("xapi/statements?limit=1");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void aReadOnlyCredentialReadsButCannotWrite() {
        Lrs reader = Lrs.readOnly();
        String agent = StatementsIT.q(Statements.agent(mbox()));

        assertThat(reader.get("xapi/statements?limit=1").status()).isEqualTo(200);
        Reply post = reader.postJson("xapi/statements", simple(null, mbox(), ANSWERED, activity()));
        Reply state = reader.request("PUT", "xapi/activities/state?activityId=" + StatementsIT.q(activity())
                + "&agent=" + agent + "&stateId=s").json("{}").send();

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.isProblem()).isTrue();
        assertThat(state.status()).isEqualTo(403);
    }

    @Test
    void aDeletedCredentialIsRefused() {
        var api = lrs.kasus();
        var created = api.post("api/admin/lrs-credentials", api.admin(), "{\"name\":\"soon gone\",\"scope\":\"READ\"}");
        Lrs client = Lrs.withAuthorization(Lrs.basic(created.json().path("key").asString(),
                created.json().path("secret").asString()));
        assertThat(client.get("xapi/statements?limit=1").status()).isEqualTo(200);

        api.send("DELETE", "api/admin/lrs-credentials/" + created.json().path("id").asString(), api.admin(), null, null);

        assertThat(client.get("xapi/statements?limit=1").status()).isEqualTo(401);
    }
}
