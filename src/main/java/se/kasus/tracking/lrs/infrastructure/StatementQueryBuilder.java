package se.kasus.tracking.lrs.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/**
 * The JPQL of a statement query and its parameters: statements not voided, each filter an EXISTS on the index terms
 * (a direct term unless related agents or activities are asked for), the stored window, the page's start, in the
 * order of the sequence number.
 *
 * @param jpql the query text
 * @param parameters the values of its named parameters
 */
record StatementQueryBuilder(String jpql, Map<String, Object> parameters) {

    static StatementQueryBuilder of(StatementQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM StoredStatement s WHERE s.voided = false");
        Map<String, Object> parameters = new LinkedHashMap<>();
        term(jpql, parameters, "agent", TermKind.AGENT, query.agentKey(), !query.relatedAgents());
        term(jpql, parameters, "verb", TermKind.VERB, query.verbKey(), false);
        term(jpql, parameters, "activity", TermKind.ACTIVITY, query.activityKey(), !query.relatedActivities());
        term(jpql, parameters, "registration", TermKind.REGISTRATION, query.registration(), false);
        if (query.since() != null) {
            jpql.append(" AND s.stored > :since");
            parameters.put("since", query.since());
        }
        if (query.until() != null) {
            jpql.append(" AND s.stored <= :until");
            parameters.put("until", query.until());
        }
        if (query.afterSeq() != null) {
            jpql.append(query.ascending() ? " AND s.seq > :after" : " AND s.seq < :after");
            parameters.put("after", query.afterSeq());
        }
        jpql.append(query.ascending() ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC");
        return new StatementQueryBuilder(jpql.toString(), Map.copyOf(parameters));
    }

    /** A filter on the index terms: the statement has a row of this kind and key (a direct one, when asked). */
    private static void term(StringBuilder jpql, Map<String, Object> parameters, String name, TermKind kind,
                             String key, boolean directOnly) {
        if (key == null) {
            return;
        }
        jpql.append(" AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :").append(name)
                .append(" AND t.statementSeq = s.seq").append(directOnly ? " AND t.direct = true)" : ")");
        parameters.put(name, Term.hash(kind, key));
    }
}
