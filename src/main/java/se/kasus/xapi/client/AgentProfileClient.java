package se.kasus.xapi.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Actor;

/**
 * The Agent Profile Resource: documents about an agent or identified group, shared by all activities.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#agentprofres">xAPI 1.0.3
 *      Communication, 2.6 Agent Profile Resource</a>
 */
public final class AgentProfileClient {

    private final DocumentResource documents;

    AgentProfileClient(LrsHttp http) {
        this.documents = new DocumentResource(http, "agents/profile", "profileId");
    }

    public Optional<Document> get(Actor agent, String profileId) {
        return documents.get(scope(agent), profileId);
    }

    public List<String> ids(Actor agent, Instant since) {
        return documents.ids(scope(agent), since);
    }

    public void put(Actor agent, String profileId, Document document, Precondition precondition) {
        documents.put(scope(agent), profileId, document, precondition);
    }

    public void post(Actor agent, String profileId, Document document, Precondition precondition) {
        documents.post(scope(agent), profileId, document, precondition);
    }

    public void delete(Actor agent, String profileId, Precondition precondition) {
        documents.delete(scope(agent), profileId, precondition);
    }

    private static Query scope(Actor agent) {
        return new Query().add("agent", XapiJson.write(agent));
    }
}
