package se.kasus.xapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Agent;

class DocumentsClientTest {

    private static final String CASE = "https://kasus.example.se/xapi/activities/case/case-01";
    private static final String REGISTRATION = "ec531277-b57b-4c15-8d91-d292c5b2b8f7";
    private static final Agent LEARNER = Agent.withAccount(null, "https://kasus.example.se", "9f2c1a");

    private FakeLrs lrs;
    private XapiClient client;

    @BeforeEach
    void startLrs() throws IOException {
        lrs = new FakeLrs();
        client = XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD));
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
    }

    @Test
    void aStateDocumentIsStoredReadListedAndDeleted() {
        StateClient state = client.state();

        state.put(CASE, LEARNER, REGISTRATION, "bookmark", Document.json("{\"step\":2}"), Precondition.none());

        assertThat(state.get(CASE, LEARNER, REGISTRATION, "bookmark")).hasValueSatisfying(d -> {
            assertThat(d.text()).isEqualTo("{\"step\":2}");
            assertThat(d.contentType()).isEqualTo("application/json");
            assertThat(d.etag()).isNotBlank();
        });
        assertThat(state.ids(CASE, LEARNER, REGISTRATION, null)).containsExactly("bookmark");
        assertThat(lrs.lastRequest().query()).containsEntry("agent", XapiJson.write(LEARNER))
                .containsEntry("registration", REGISTRATION);

        state.delete(CASE, LEARNER, REGISTRATION, "bookmark", Precondition.none());
        assertThat(state.get(CASE, LEARNER, REGISTRATION, "bookmark")).isEmpty();
    }

    @Test
    void deletingAllStateEmptiesTheScope() {
        StateClient state = client.state();
        state.put(CASE, LEARNER, null, "a", Document.json("{}"), Precondition.none());
        state.put(CASE, LEARNER, null, "b", Document.json("{}"), Precondition.none());

        state.deleteAll(CASE, LEARNER, null);

        assertThat(state.ids(CASE, LEARNER, null, null)).isEmpty();
    }

    @Test
    void aProfileWrittenWithIfAbsentCannotBeCreatedTwice() {
        ActivityProfileClient profiles = client.activityProfiles();
        profiles.put(CASE, "settings", Document.json("{\"a\":1}"), Precondition.ifAbsent());

        assertThatThrownBy(() -> profiles.put(CASE, "settings", Document.json("{\"a\":2}"), Precondition.ifAbsent()))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThat(lrs.lastRequest().headers()).containsEntry("if-none-match", "*");
    }

    @Test
    void aWriteWithAStaleEtagIsRefusedAndOneWithTheCurrentEtagSucceeds() {
        ActivityProfileClient profiles = client.activityProfiles();
        profiles.put(CASE, "settings", Document.json("{\"a\":1}"), Precondition.none());
        String first = profiles.get(CASE, "settings").orElseThrow().etag();
        profiles.put(CASE, "settings", Document.json("{\"a\":2}"), Precondition.ifMatch(first));
        String second = profiles.get(CASE, "settings").orElseThrow().etag();

        assertThatThrownBy(() -> profiles.put(CASE, "settings", Document.json("{\"a\":3}"), Precondition.ifMatch(first)))
                .isInstanceOfSatisfying(LrsException.class, e -> assertThat(e.isConflict()).isTrue());
        assertThat(second).isNotEqualTo(first);
        assertThat(profiles.get(CASE, "settings").orElseThrow().text()).isEqualTo("{\"a\":2}");
    }

    @Test
    void aPostMergesIntoTheJsonDocument() {
        ActivityProfileClient profiles = client.activityProfiles();
        profiles.post(CASE, "progress", Document.json("{\"a\":1}"), Precondition.none());

        profiles.post(CASE, "progress", Document.json("{\"b\":2}"), Precondition.none());

        assertThat(profiles.get(CASE, "progress").orElseThrow().text()).isEqualTo("{\"a\":1,\"b\":2}");
        assertThat(lrs.lastRequest().method()).isEqualTo("GET");
    }

    @Test
    void anAgentProfileIsKeptPerAgent() {
        AgentProfileClient profiles = client.agentProfiles();
        Agent other = Agent.withMbox(null, "mailto:other@example.com");

        profiles.put(LEARNER, "preferences", Document.json("{\"language\":\"sv-SE\"}"), Precondition.none());

        assertThat(profiles.get(LEARNER, "preferences")).isPresent();
        assertThat(profiles.get(other, "preferences")).isEmpty();
        assertThat(profiles.ids(LEARNER, null)).containsExactly("preferences");
        String etag = profiles.get(LEARNER, "preferences").orElseThrow().etag();
        profiles.delete(LEARNER, "preferences", Precondition.ifMatch(etag));
        assertThat(lrs.lastRequest().headers()).containsEntry("if-match", etag);
        assertThat(profiles.get(LEARNER, "preferences")).isEmpty();
    }
}
