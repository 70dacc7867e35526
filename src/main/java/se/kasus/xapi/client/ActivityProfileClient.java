package se.kasus.xapi.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Activity Profile Resource: documents about an activity, shared by all agents.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#actprofres">xAPI 1.0.3
 *      Communication, 2.7 Activity Profile Resource</a>
 */
public final class ActivityProfileClient {

    private final DocumentResource documents;

    ActivityProfileClient(LrsHttp http) {
        this.documents = new DocumentResource(http, "activities/profile", "profileId");
    }

    public Optional<Document> get(String activityId, String profileId) {
        return documents.get(scope(activityId), profileId);
    }

    public List<String> ids(String activityId, Instant since) {
        return documents.ids(scope(activityId), since);
    }

    public void put(String activityId, String profileId, Document document, Precondition precondition) {
        documents.put(scope(activityId), profileId, document, precondition);
    }

    public void post(String activityId, String profileId, Document document, Precondition precondition) {
        documents.post(scope(activityId), profileId, document, precondition);
    }

    public void delete(String activityId, String profileId, Precondition precondition) {
        documents.delete(scope(activityId), profileId, precondition);
    }

    private static Query scope(String activityId) {
        return new Query().add("activityId", activityId);
    }
}
