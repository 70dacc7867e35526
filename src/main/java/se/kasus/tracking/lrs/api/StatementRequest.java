package se.kasus.tracking.lrs.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.IndexKey;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.xapi.model.Actor;

/**
 * The parameters of GET Statements (xAPI 1.0.3 Communication 2.1.3), read and checked: either one statement by id
 * or a query.
 */
sealed interface StatementRequest {

    Set<String> PARAMETERS = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity", "registration",
            "related_activities", "related_agents", "since", "until", "limit", "format", "attachments", "ascending",
            StatementCursor.PARAMETER);
    Set<String> ALLOWED_WITH_ID = Set.of("statementId", "voidedStatementId", "format", "attachments");

    StatementFormat format();

    boolean attachments();

    /** A statement by statementId, or a voided one by voidedStatementId. */
    record Single(String statementId, boolean voided, StatementFormat format, boolean attachments)
            implements StatementRequest {
    }

    record Query(StatementQuery query, int limit, StatementFormat format, boolean attachments)
            implements StatementRequest {
    }

    /**
     * @param agentReader reads the JSON of the agent parameter, rejecting what is not an Agent or Identified Group
     */
    static StatementRequest of(Map<String, List<String>> parameters, AgentReader agentReader) {
        Params p = Params.of(parameters, PARAMETERS);
        StatementFormat format = p.string("format").map(f -> StatementFormat.of(f)
                .orElseThrow(() -> Params.invalid("The parameter format must be ids, exact or canonical.")))
                .orElse(StatementFormat.EXACT);
        boolean attachments = p.bool("attachments");
        if (p.has("statementId") || p.has("voidedStatementId")) {
            if (p.has("statementId") && p.has("voidedStatementId")) {
                throw Params.invalid("Give statementId or voidedStatementId, not both (Communication 2.1.3.s2.b1).");
            }
            p.names().stream().filter(n -> !ALLOWED_WITH_ID.contains(n)).findFirst().ifPresent(n -> {
                throw Params.invalid("The parameter " + n + " cannot be combined with a statement id"
                        + " (Communication 2.1.3.s2.b2).");
            });
            boolean voided = p.has("voidedStatementId");
            String id = p.uuid(voided ? "voidedStatementId" : "statementId").orElseThrow();
            return new Single(id, voided, format, attachments);
        }
        String agentKey = p.string("agent").map(json -> agentReader.read(json))
                .map(actor -> ActorKey.of(actor).orElseThrow(() -> Params.invalid("The agent parameter has no identifier.")))
                .orElse(null);
        Long after = p.string(StatementCursor.PARAMETER).map(c -> StatementCursor.decode(c)
                .orElseThrow(() -> Params.invalid("The cursor parameter is not one this LRS made."))).orElse(null);
        StatementQuery query = new StatementQuery(agentKey,
                p.iri("verb").map(IndexKey::of).orElse(null),
                p.iri("activity").map(IndexKey::of).orElse(null),
                p.uuid("registration").orElse(null),
                p.bool("related_activities"), p.bool("related_agents"),
                p.timestamp("since").orElse(null), p.timestamp("until").orElse(null),
                p.bool("ascending"), after);
        return new Query(query, p.nonNegative("limit"), format, attachments);
    }

    /** Reads the agent parameter. */
    @FunctionalInterface
    interface AgentReader {
        Actor read(String json);
    }
}
