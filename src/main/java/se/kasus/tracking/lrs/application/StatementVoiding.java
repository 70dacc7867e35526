package se.kasus.tracking.lrs.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementRef;

/**
 * Voiding (xAPI 1.0.3 Data 2.3.2): which statements a batch voids, the refusal to void a voiding statement, and
 * marking the targets voided, whether they are in the batch or stored earlier. A voiding statement that arrives
 * before its target voids it when the target arrives ({@link StatementReferences}).
 */
final class StatementVoiding {

    private final StatementRepository repository;

    StatementVoiding(StatementRepository repository) {
        this.repository = repository;
    }

    /** The id of the statement this one voids, lower case, if it is a voiding statement. */
    static Optional<String> target(Statement statement) {
        return statement.verb().isVoiding() && statement.object() instanceof StatementRef ref
                ? Optional.of(ref.id().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The stored statements that the batch's voiding statements void, by id.
     *
     * @throws InvalidStatementException a statement of the batch voids a voiding statement
     */
    Map<String, StoredStatement> check(List<Statement> statements) {
        Map<String, Statement> inBatch = new HashMap<>();
        statements.forEach(s -> inBatch.put(s.id(), s));
        Set<String> targets = new HashSet<>();
        for (Statement s : statements) {
            target(s).ifPresent(targets::add);
        }
        Map<String, StoredStatement> stored = new HashMap<>();
        repository.findByStatementIds(targets).forEach(t -> stored.put(t.statementId(), t));
        for (String target : targets) {
            boolean targetVoids = stored.containsKey(target) ? stored.get(target).isVoiding()
                    : inBatch.containsKey(target) && target(inBatch.get(target)).isPresent();
            if (targetVoids) {
                throw new InvalidStatementException("The statement " + target
                        + " voids another statement and cannot itself be voided (xAPI 1.0.3 Data 2.3.2).");
            }
        }
        return stored;
    }

    /** Marks what the new statements void: new ones of the batch, not yet written, and stored ones. */
    void apply(Map<String, StoredStatement> added, Map<String, StoredStatement> storedTargets) {
        for (StoredStatement statement : added.values()) {
            if (statement.isVoiding()) {
                StoredStatement inBatch = added.get(statement.voidingTarget());
                if (inBatch != null) {
                    inBatch.markVoided();
                } else if (storedTargets.containsKey(statement.voidingTarget())) {
                    repository.markVoided(storedTargets.get(statement.voidingTarget()));
                }
            }
        }
    }
}
