package se.kasus.tracking.lrs.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StatementTerms;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/** The statement repository as a list, for tests of the store's rules without a database. */
final class InMemoryStatementRepository implements StatementRepository {

    /** Every statement id asked for as stored already or as the target of a pending reference. */
    final List<String> lookedUp = new java.util.ArrayList<>();


    final List<StoredStatement> statements = new ArrayList<>();
    final Map<Long, List<Term>> terms = new java.util.HashMap<>();
    private long nextSeq = 1;

    @Override
    public Optional<StoredStatement> findByStatementId(String statementId) {
        return statements.stream().filter(s -> s.statementId().equals(statementId)).findFirst();
    }

    @Override
    public List<StoredStatement> findByStatementIds(Collection<String> statementIds) {
        return statements.stream().filter(s -> statementIds.contains(s.statementId())).toList();
    }

    @Override
    public java.util.Set<String> storedIds(Collection<String> statementIds) {
        lookedUp.addAll(statementIds);
        return statements.stream().map(StoredStatement::statementId).filter(statementIds::contains)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<StoredStatement> findReferringTo(Collection<String> statementIds) {
        return statements.stream().filter(s -> s.refTarget() != null && statementIds.contains(s.refTarget())).toList();
    }

    final List<PendingReference> pending = new ArrayList<>();

    @Override
    public Optional<StoredStatement> findBySeq(long seq) {
        return statements.stream().filter(s -> s.seq() == seq).findFirst();
    }

    @Override
    public void addPendingReference(PendingReference reference) {
        pending.add(reference);
    }

    @Override
    public List<PendingReference> takePendingReferences(Collection<String> targetIds) {
        lookedUp.addAll(targetIds);
        List<PendingReference> taken = pending.stream().filter(p -> targetIds.contains(p.targetId())).toList();
        pending.removeAll(taken);
        return taken;
    }

    @Override
    public void addAll(List<StoredStatement> added) {
        for (StoredStatement statement : added) {
            statement.assignSeq(nextSeq++);
            statements.add(statement);
        }
    }

    @Override
    public void markVoided(StoredStatement statement) {
        statement.markVoided();
    }

    @Override
    public void addTerms(Map<Long, Collection<Term>> termsBySeq) {
        termsBySeq.forEach((seq, added) -> terms.computeIfAbsent(seq, k -> new ArrayList<>()).addAll(added));
    }

    @Override
    public void mergeTerms(long statementSeq, Collection<Term> added) {
        Collection<Term> merged = StatementTerms.union(terms.getOrDefault(statementSeq, List.of()), added);
        terms.put(statementSeq, new ArrayList<>(merged));
    }

    /** The same filters as the JPA repository's query, over the list. */
    @Override
    public List<StoredStatement> find(StatementQuery query, int max) {
        java.util.Comparator<StoredStatement> order = java.util.Comparator.comparing(StoredStatement::seq);
        return statements.stream()
                .filter(s -> !s.voided())
                .filter(s -> has(s, TermKind.AGENT, query.agentKey(), !query.relatedAgents()))
                .filter(s -> has(s, TermKind.VERB, query.verbKey(), false))
                .filter(s -> has(s, TermKind.ACTIVITY, query.activityKey(), !query.relatedActivities()))
                .filter(s -> has(s, TermKind.REGISTRATION, query.registration(), false))
                .filter(s -> query.since() == null || s.stored().isAfter(query.since()))
                .filter(s -> query.until() == null || !s.stored().isAfter(query.until()))
                .filter(s -> query.afterSeq() == null
                        || (query.ascending() ? s.seq() > query.afterSeq() : s.seq() < query.afterSeq()))
                .sorted(query.ascending() ? order : order.reversed())
                .limit(max)
                .toList();
    }

    private boolean has(StoredStatement statement, TermKind kind, String key, boolean directOnly) {
        if (key == null) {
            return true;
        }
        long hash = Term.hash(kind, key);
        return terms.getOrDefault(statement.seq(), List.of()).stream()
                .anyMatch(t -> t.hash() == hash && (t.direct() || !directOnly));
    }

    List<Term> termsOf(String statementId) {
        return terms.getOrDefault(findByStatementId(statementId).orElseThrow().seq(), List.of());
    }
}
