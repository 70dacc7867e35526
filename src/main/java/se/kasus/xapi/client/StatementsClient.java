package se.kasus.xapi.client;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;

/**
 * The Statement Resource of a remote LRS.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#stmtres">xAPI 1.0.3
 *      Communication, 2.1 Statement Resource</a>
 */
public final class StatementsClient {

    private static final String RESOURCE = "statements";

    private final LrsHttp http;

    StatementsClient(LrsHttp http) {
        this.http = http;
    }

    /** Stores a statement under the id it carries; the LRS answers 409 if it holds a different one. */
    public void put(Statement statement) {
        if (statement.id() == null) {
            throw new IllegalArgumentException("A statement PUT needs the statement's id");
        }
        http.send(http.request(RESOURCE, new Query().add("statementId", statement.id()))
                .header("Content-Type", LrsHttp.JSON)
                .PUT(BodyPublishers.ofString(XapiJson.write(statement))).build());
    }

    /** Stores one statement and returns its id, the one it carried or one the LRS assigned. */
    public UUID post(Statement statement) {
        return post(List.of(statement)).get(0);
    }

    /** Stores statements in one request, in order, and returns their ids in the same order. */
    public List<UUID> post(List<Statement> statements) {
        HttpResponse<byte[]> response = http.send(http.request(RESOURCE, new Query())
                .header("Content-Type", LrsHttp.JSON)
                .POST(BodyPublishers.ofString(XapiJson.write(statements))).build());
        return XapiJson.readStrings(LrsHttp.text(response)).stream().map(UUID::fromString).toList();
    }

    /** The statement with this id, unless the LRS does not have it or it is voided. */
    public Optional<Statement> get(UUID id) {
        return single(new Query().add("statementId", id));
    }

    /** The voided statement with this id. */
    public Optional<Statement> getVoided(UUID id) {
        return single(new Query().add("voidedStatementId", id));
    }

    /** The first page of statements that match. */
    public StatementResult query(StatementQuery query) {
        return page(http.request(RESOURCE, query.toQuery()).GET().build());
    }

    /** The page at a {@code more} IRL of an earlier page. */
    public StatementResult more(String more) {
        return page(http.requestFor(more).GET().build());
    }

    /** Every matching statement, fetching page after page through {@code more} as the stream is consumed. */
    public Stream<Statement> stream(StatementQuery query) {
        Iterator<StatementResult> pages = pages(query);
        Spliterator<StatementResult> spliterator = Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED);
        return StreamSupport.stream(spliterator, false).flatMap(page -> page.statements().stream());
    }

    /** The pages of a query, each fetched only when it is asked for. */
    public Iterator<StatementResult> pages(StatementQuery query) {
        return new Iterator<>() {
            private StatementResult last;

            @Override
            public boolean hasNext() {
                return last == null || last.next().isPresent();
            }

            @Override
            public StatementResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = last == null ? query(query) : more(last.next().orElseThrow());
                return last;
            }
        };
    }

    private Optional<Statement> single(Query query) {
        HttpResponse<byte[]> response = http.send(http.request(RESOURCE, query).GET().build(), 404);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(XapiJson.readStatement(LrsHttp.text(response)));
    }

    private StatementResult page(HttpRequest request) {
        return XapiJson.readStatementResult(LrsHttp.text(http.send(request)));
    }
}
