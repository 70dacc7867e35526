package se.kasus.xapi.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kasus.xapi.client.FakeLrs.Answer;
import se.kasus.xapi.client.FakeLrs.Recorded;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;

/** The fake's Statement Resource: stores in memory, pages with {@code more} after {@code limit} statements. */
final class FakeStatements {

    private final Map<String, Statement> stored = new LinkedHashMap<>();

    synchronized void add(Statement statement) {
        stored.put(statement.id(), statement);
    }

    synchronized List<Statement> all() {
        return List.copyOf(stored.values());
    }

    synchronized Answer handle(Recorded request) {
        switch (request.method()) {
            case "PUT":
                return put(request);
            case "POST":
                return post(request);
            case "GET":
                return get(request);
            default:
                return Answer.of(405);
        }
    }

    private Answer put(Recorded request) {
        String id = request.query().get("statementId");
        Statement statement = XapiJson.readStatement(request.body());
        Statement existing = stored.get(id);
        if (existing != null && !existing.equals(statement)) {
            return Answer.json(409, "{\"message\":\"a different statement has this id\"}");
        }
        stored.put(id, statement);
        return Answer.of(204);
    }

    private Answer post(Recorded request) {
        List<String> ids = new ArrayList<>();
        for (Statement statement : XapiJson.readStatements(request.body())) {
            String id = statement.id() != null ? statement.id() : UUID.randomUUID().toString();
            stored.put(id, statement.toBuilder().id(id).build());
            ids.add(id);
        }
        return Answer.json(200, XapiJson.writeStrings(ids));
    }

    private Answer get(Recorded request) {
        Map<String, String> query = request.query();
        if (query.containsKey("statementId") || query.containsKey("voidedStatementId")) {
            String id = query.getOrDefault("statementId", query.get("voidedStatementId"));
            Statement statement = stored.get(id);
            return statement == null ? Answer.of(404) : Answer.json(200, XapiJson.write(statement));
        }
        List<Statement> matching = stored.values().stream()
                .filter(s -> !query.containsKey("verb") || s.verb().id().equals(query.get("verb")))
                .toList();
        int from = Integer.parseInt(query.getOrDefault("more", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "0"));
        int to = limit == 0 ? matching.size() : Math.min(matching.size(), from + limit);
        String more = to < matching.size() ? "/xapi/statements?more=" + to + "&limit=" + limit : "";
        return Answer.json(200, XapiJson.write(new StatementResult(matching.subList(from, to), more)));
    }
}
