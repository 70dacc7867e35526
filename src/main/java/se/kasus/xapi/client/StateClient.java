package se.kasus.xapi.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Agent;

/**
 * The State Resource: documents an activity keeps for one agent, optionally per registration.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#stateres">xAPI 1.0.3
 *      Communication, 2.3 State Resource</a>
 */
public final class StateClient {

    private final DocumentResource documents;

    StateClient(LrsHttp http) {
        this.documents = new DocumentResource(http, "activities/state", "stateId");
    }

    public Optional<Document> get(String activityId, Agent agent, String registration, String stateId) {
        return documents.get(scope(activityId, agent, registration), stateId);
    }

    public List<String> ids(String activityId, Agent agent, String registration, Instant since) {
        return documents.ids(scope(activityId, agent, registration), since);
    }

    public void put(String activityId, Agent agent, String registration, String stateId, Document document,
            Precondition precondition) {
        documents.put(scope(activityId, agent, registration), stateId, document, precondition);
    }

    public void post(String activityId, Agent agent, String registration, String stateId, Document document,
            Precondition precondition) {
        documents.post(scope(activityId, agent, registration), stateId, document, precondition);
    }

    public void delete(String activityId, Agent agent, String registration, String stateId,
            Precondition precondition) {
        documents.delete(scope(activityId, agent, registration), stateId, precondition);
    }

    /** Deletes every state document of the activity and agent (and registration, when given). */
    public void deleteAll(String activityId, Agent agent, String registration) {
        documents.deleteAll(scope(activityId, agent, registration));
    }

    private static Query scope(String activityId, Agent agent, String registration) {
        return new Query().add("activityId", activityId).add("agent", XapiJson.write(agent))
                .add("registration", registration);
    }
}
