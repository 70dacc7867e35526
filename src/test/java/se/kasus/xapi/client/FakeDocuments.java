package se.kasus.xapi.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.kasus.xapi.client.FakeLrs.Answer;
import se.kasus.xapi.client.FakeLrs.Recorded;
import se.kasus.xapi.json.XapiJson;

/** The fake's document resources, with ETags and the If-Match / If-None-Match preconditions. */
final class FakeDocuments {

    private record Stored(String body, String contentType, String etag) {
    }

    private final Map<String, Stored> documents = new LinkedHashMap<>();

    synchronized Answer handle(Recorded request, String idParameter, String... scopeParameters) {
        String scope = Stream.of(scopeParameters).map(p -> p + "=" + request.query().get(p))
                .collect(Collectors.joining("&"));
        String id = request.query().get(idParameter);
        String key = scope + "#" + id;
        Stored current = documents.get(key);
        if (id == null) {
            return whole(request, scope);
        }
        if (!preconditionHolds(request, current)) {
            return Answer.json(412, "{\"message\":\"precondition failed\"}");
        }
        switch (request.method()) {
            case "GET":
                return current == null ? Answer.of(404) : new Answer(200,
                        Map.of("Content-Type", current.contentType(), "ETag", current.etag()),
                        current.body().getBytes(StandardCharsets.UTF_8));
            case "PUT":
                documents.put(key, stored(request.body(), request.headers().get("content-type")));
                return Answer.of(204);
            case "POST":
                documents.put(key, stored(merge(current, request.body()), "application/json"));
                return Answer.of(204);
            case "DELETE":
                documents.remove(key);
                return Answer.of(204);
            default:
                return Answer.of(405);
        }
    }

    private Answer whole(Recorded request, String scope) {
        List<String> keys = documents.keySet().stream().filter(k -> k.startsWith(scope + "#")).toList();
        if (request.method().equals("DELETE")) {
            keys.forEach(documents::remove);
            return Answer.of(204);
        }
        return Answer.json(200, XapiJson.writeStrings(keys.stream().map(k -> k.substring(scope.length() + 1)).toList()));
    }

    private static boolean preconditionHolds(Recorded request, Stored current) {
        String ifMatch = request.headers().get("if-match");
        String ifNoneMatch = request.headers().get("if-none-match");
        if (ifMatch != null && (current == null || !current.etag().equals(ifMatch))) {
            return false;
        }
        return !("*".equals(ifNoneMatch) && current != null);
    }

    /** Merges the top-level properties of two JSON objects, as a document POST does. */
    private static String merge(Stored current, String body) {
        if (current == null) {
            return body;
        }
        String left = current.body().trim();
        String right = body.trim();
        return left.substring(0, left.length() - 1) + "," + right.substring(1);
    }

    private static Stored stored(String body, String contentType) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8));
            return new Stored(body, contentType, "\"" + HexFormat.of().formatHex(hash) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
