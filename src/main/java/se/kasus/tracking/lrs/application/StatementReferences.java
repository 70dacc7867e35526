package se.kasus.tracking.lrs.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StatementTerms;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.xapi.json.XapiJson;

/**
 * The index terms of new statements: each statement's own terms and, when its object is a StatementRef, the terms
 * of the statement it refers to, along the chain (so that a query for an agent or activity finds the statements
 * that refer to matching ones, Communication 2.1.3.s1). References may arrive before their targets: those are
 * remembered and resolved when the target arrives, which then also gets voided when the early one voids it.
 */
final class StatementReferences {

    private final StatementRepository repository;

    StatementReferences(StatementRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes the terms of statements just added.
     *
     * @param added the new statements by id, in the order they were added
     * @param own each new statement's own terms, by id
     * @return each new statement's terms with those it inherits, by id
     */
    Map<String, Collection<Term>> addTerms(Map<String, StoredStatement> added, Map<String, Collection<Term>> own) {
        Map<String, Collection<Term>> allTerms = new HashMap<>();
        Map<Long, Collection<Term>> termsBySeq = new LinkedHashMap<>();
        for (StoredStatement entity : added.values()) {
            Collection<Term> withInherited = inheritedTerms(entity, added, own, new HashSet<>());
            allTerms.put(entity.statementId(), withInherited);
            termsBySeq.put(entity.seq(), withInherited);
        }
        repository.addTerms(termsBySeq);
        return allTerms;
    }

    /** A statement's own terms and, when it refers to another statement, that statement's terms (recursively). */
    private Collection<Term> inheritedTerms(StoredStatement entity, Map<String, StoredStatement> added,
                                            Map<String, Collection<Term>> own, Set<String> seen) {
        Collection<Term> terms = own.get(entity.statementId());
        String target = entity.refTarget();
        if (target == null || !seen.add(entity.statementId())) {
            return terms;
        }
        if (added.containsKey(target)) {
            return StatementTerms.union(terms, inheritedTerms(added.get(target), added, own, seen));
        }
        return repository.findByStatementId(target)
                .map(t -> StatementTerms.union(terms, storedTerms(t, seen)))
                .orElse(terms);
    }

    /** The terms of a stored statement: its own and, along its chain of StatementRefs, those of its targets. */
    private Collection<Term> storedTerms(StoredStatement statement, Set<String> seen) {
        Collection<Term> own = StatementTerms.of(XapiJson.readStatement(statement.json()));
        if (statement.refTarget() == null || !seen.add(statement.statementId())) {
            return own;
        }
        return repository.findByStatementId(statement.refTarget())
                .map(target -> StatementTerms.union(own, storedTerms(target, seen)))
                .orElse(own);
    }

    /**
     * Statements stored earlier may refer to the ones just added: they gain the new statements' terms, and a
     * voiding statement that arrived before its target voids it now. References to statements still missing are
     * remembered for when those arrive.
     */
    void resolve(Map<String, StoredStatement> added, Map<String, Collection<Term>> terms,
                 Map<String, StoredStatement> storedTargets, Set<String> madeHere) {
        // Taken before this batch adds pending references of its own, so that two batches never wait for each other.
        // Ids the LRS made for this batch cannot have been referred to before: they are not looked up.
        Set<String> referable = new HashSet<>(added.keySet());
        referable.removeAll(madeHere);
        for (PendingReference pending : repository.takePendingReferences(referable)) {
            StoredStatement target = added.get(pending.targetId());
            repository.findBySeq(pending.referrerSeq()).ifPresent(earlier -> {
                if (earlier.isVoiding() && !target.isVoiding()) {
                    repository.markVoided(target);
                }
                spread(earlier, terms.get(target.statementId()), new HashSet<>());
            });
        }
        for (StoredStatement statement : added.values()) {
            String target = statement.refTarget();
            if (target != null && !added.containsKey(target) && !storedTargets.containsKey(target)
                    && repository.findByStatementId(target).isEmpty()) {
                repository.addPendingReference(new PendingReference(target, statement.seq()));
            }
        }
    }

    private void spread(StoredStatement statement, Collection<Term> terms, Set<String> seen) {
        if (!seen.add(statement.statementId())) {
            return;
        }
        repository.mergeTerms(statement.seq(), terms);
        for (StoredStatement further : repository.findReferringTo(List.of(statement.statementId()))) {
            spread(further, terms, seen);
        }
    }
}
