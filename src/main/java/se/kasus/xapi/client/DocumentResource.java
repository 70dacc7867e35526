package se.kasus.xapi.client;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.xapi.json.XapiJson;

/**
 * What the three document resources share: one document by id, the ids of all, and writes with preconditions.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#doctransfer">xAPI 1.0.3
 *      Communication, 2.2 Documents Resources</a>
 */
final class DocumentResource {

    private final LrsHttp http;
    private final String resource;
    private final String idParameter;

    DocumentResource(LrsHttp http, String resource, String idParameter) {
        this.http = http;
        this.resource = resource;
        this.idParameter = idParameter;
    }

    Optional<Document> get(Query scope, String id) {
        HttpResponse<byte[]> response = http.send(http.request(resource, with(scope, id)).GET().build(), 404);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        return Optional.of(new Document(response.body(), contentType,
                response.headers().firstValue("ETag").orElse(null)));
    }

    List<String> ids(Query scope, Instant since) {
        HttpResponse<byte[]> response = http.send(http.request(resource, scope.add("since", since)).GET().build());
        return XapiJson.readStrings(LrsHttp.text(response));
    }

    void put(Query scope, String id, Document document, Precondition precondition) {
        send(write(scope, id, document, precondition).PUT(BodyPublishers.ofByteArray(document.content())));
    }

    /** Merges a JSON document into the one the LRS holds, or stores it when there is none. */
    void post(Query scope, String id, Document document, Precondition precondition) {
        send(write(scope, id, document, precondition).POST(BodyPublishers.ofByteArray(document.content())));
    }

    void delete(Query scope, String id, Precondition precondition) {
        send(precondition.applyTo(http.request(resource, with(scope, id))).DELETE());
    }

    /** Deletes every document in the scope, as the State Resource allows. */
    void deleteAll(Query scope) {
        send(http.request(resource, scope).DELETE());
    }

    private HttpRequest.Builder write(Query scope, String id, Document document, Precondition precondition) {
        return precondition.applyTo(http.request(resource, with(scope, id)))
                .header("Content-Type", document.contentType());
    }

    private void send(HttpRequest.Builder request) {
        http.send(request.build());
    }

    private Query with(Query scope, String id) {
        return scope.add(idParameter, id);
    }
}
