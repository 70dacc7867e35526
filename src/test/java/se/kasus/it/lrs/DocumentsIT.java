package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.lrs.Lrs.Reply;

/** The State, Activity Profile and Agent Profile resources with their ETag concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private final Lrs lrs = Lrs.readWrite();
    private final String activity = "https://kasus.example.se/activities/" + UUID.randomUUID();
    private final String agent = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.se\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String state(String stateId) {
        return "xapi/activities/state?activityId=" + q(activity) + "&agent=" + q(agent) + (stateId == null ? "" : "&stateId=" + q(stateId));
    }

    private String activityProfile(String profileId) {
        return "xapi/activities/profile?activityId=" + q(activity) + (profileId == null ? "" : "&profileId=" + q(profileId));
    }

    private String agentProfile(String profileId) {
        return "xapi/agents/profile?agent=" + q(agent) + (profileId == null ? "" : "&profileId=" + q(profileId));
    }

    @Test
    void aStateIsStoredReadWithItsEtagListedAndDeleted() {
        Reply put = lrs.putJson(state("bookmark"), "{\"step\":\"dp2\"}");
        assertThat(put.status()).isEqualTo(204);
        assertThat(put.header("ETag")).matches("\"[0-9a-f]{40}\"");

        Reply get = lrs.get(state("bookmark"));
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.text()).isEqualTo("{\"step\":\"dp2\"}");
        assertThat(get.header("ETag")).isEqualTo(put.header("ETag"));
        assertThat(get.header("Content-Type")).startsWith("application/json");
        assertThat(get.header("Last-Modified")).isNotBlank();
        assertThat(get.header("X-Experience-API-Version")).startsWith("1.0");

        lrs.putJson(state("other"), "{}");
        assertThat(lrs.get(state(null)).json()).extracting(JsonText::of).containsExactlyInAnyOrder("bookmark", "other");

        assertThat(lrs.request("DELETE", state("bookmark")).send().status()).isEqualTo(204);
        assertThat(lrs.get(state("bookmark")).status()).isEqualTo(404);
        assertThat(lrs.request("DELETE", state(null)).send().status()).isEqualTo(204);
        assertThat(lrs.get(state(null)).json()).isEmpty();
    }

    @Test
    void statesOfDifferentRegistrationsAreKeptApart() {
        String registration = UUID.randomUUID().toString();
        lrs.putJson(state("s") + "&registration=" + registration, "{\"a\":1}");

        assertThat(lrs.get(state("s")).status()).isEqualTo(404);
        assertThat(lrs.get(state("s") + "&registration=" + registration).text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void postingJsonMergesItIntoTheStoredObject() {
        lrs.putJson(state("progress"), "{\"a\":1,\"b\":2}");

        Reply post = lrs.postJson(state("progress"), "{\"b\":3,\"c\":4}");

        assertThat(post.status()).isEqualTo(204);
        assertThat(lrs.get(state("progress")).json().toString()).isEqualTo("{\"a\":1,\"b\":3,\"c\":4}");
    }

    @Test
    void postingIntoADocumentThatIsNotJsonIs400() {
        lrs.request("PUT", state("notes")).body("text/plain", "anteckning".getBytes(StandardCharsets.UTF_8)).send();

        Reply post = lrs.postJson(state("notes"), "{\"b\":3}");

        assertThat(post.status()).isEqualTo(400);
        assertThat(post.isProblem()).isTrue();
        assertThat(lrs.get(state("notes")).text()).isEqualTo("anteckning");
    }

    @Test
    void anActivityProfileIsReplacedOnlyWithTheCurrentEtag() {
        Reply created = lrs.request("PUT", activityProfile("settings")).header("If-None-Match", "*")
                .json("{\"v\":1}").send();
        assertThat(created.status()).isEqualTo(204);
        String etag = created.header("ETag");

        Reply blind = lrs.putJson(activityProfile("settings"), "{\"v\":2}");
        Reply stale = lrs.request("PUT", activityProfile("settings")).header("If-Match", "\"" + "0".repeat(40) + "\"")
                .json("{\"v\":2}").send();
        Reply createAgain = lrs.request("PUT", activityProfile("settings")).header("If-None-Match", "*")
                .json("{\"v\":2}").send();
        Reply current = lrs.request("PUT", activityProfile("settings")).header("If-Match", etag).json("{\"v\":3}").send();

        assertThat(blind.status()).as("PUT without a precondition on an existing profile").isEqualTo(409);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(createAgain.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(204);
        assertThat(lrs.get(activityProfile("settings")).text()).isEqualTo("{\"v\":3}");
    }

    @Test
    void anAgentProfileIsListedSinceATimeAndDeletedWithItsEtag() {
        Reply created = lrs.putJson(agentProfile("prefs"), "{\"sv\":true}");
        assertThat(created.status()).isEqualTo(204);

        assertThat(lrs.get(agentProfile(null)).json()).extracting(JsonText::of).containsExactly("prefs");
        assertThat(lrs.get(agentProfile(null) + "&since=" + q("2999-01-01T00:00:00Z")).json()).isEmpty();
        assertThat(lrs.request("DELETE", agentProfile("prefs")).header("If-Match", "\"nope\"").send().status()).isEqualTo(412);
        assertThat(lrs.request("DELETE", agentProfile("prefs")).header("If-Match", created.header("ETag")).send().status())
                .isEqualTo(204);
        assertThat(lrs.get(agentProfile("prefs")).status()).isEqualTo(404);
    }

    @Test
    void badParametersAre400() {
        assertThat(lrs.get("xapi/activities/state?activityId=" + q(activity) + "&stateId=x").status())
                .as("agent missing").isEqualTo(400);
        assertThat(lrs.get("xapi/activities/state?activityId=" + q(activity) + "&agent=" + q("{\"name\":\"x\"}") + "&stateId=x")
                .status()).as("agent without identifier").isEqualTo(400);
        assertThat(lrs.get(state("x") + "&registration=not-a-uuid").status()).isEqualTo(400);
        assertThat(lrs.get(activityProfile("p") + "&unknown=1").status()).isEqualTo(400);
        assertThat(lrs.get("xapi/activities/profile?activityId=not%20an%20iri&profileId=p").status()).isEqualTo(400);
        assertThat(lrs.request("GET", agentProfile("p")).header("X-Experience-API-Version", null).send().status())
                .as("version header missing").isEqualTo(400);
    }

    @Test
    void theActivitiesResourceReturnsTheCanonicalDefinitionOrJustTheId() {
        String defined = "{\"actor\":" + agent + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\","
                + "\"definition\":{\"name\":{\"sv-SE\":\"Fall 1\"}}}}";
        assertThat(lrs.postJson("xapi/statements", defined).status()).isEqualTo(200);

        Reply known = lrs.get("xapi/activities?activityId=" + q(activity));
        Reply unknown = lrs.get("xapi/activities?activityId=" + q(activity + "/okand"));

        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().path("definition").path("name").path("sv-SE").asString()).isEqualTo("Fall 1");
        assertThat(unknown.json().path("id").asString()).isEqualTo(activity + "/okand");
        assertThat(lrs.get("xapi/activities").status()).isEqualTo(400);
    }

    @Test
    void theAgentsResourceReturnsAPersonWithTheAgentsIdentifiers() {
        Reply person = lrs.get("xapi/agents?agent=" + q(agent));

        assertThat(person.status()).isEqualTo(200);
        assertThat(person.json().path("objectType").asString()).isEqualTo("Person");
        assertThat(person.json().path("mbox").get(0).asString()).startsWith("mailto:");
        assertThat(lrs.get("xapi/agents?agent=" + q("{\"name\":\"utan id\"}")).status()).isEqualTo(400);
    }

    @Test
    void aReadOnlyCredentialCannotWriteDocuments() {
        Reply reply = Lrs.readOnly().putJson(state("x"), "{}");

        assertThat(reply.status()).isEqualTo(403);
    }

    /** Text of a JSON string node, for AssertJ's extracting. */
    private static final class JsonText {
        static String of(Object node) {
            return ((tools.jackson.databind.JsonNode) node).asString();
        }
    }
}
