package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StoredStatement;

/** Reads statements from the embedded LRS: one by id, or a page of a query. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class LrsStatementQueries {

    /** The most statements one page holds; a limit of 0 or above this means this many. */
    public static final int MAX_PAGE = 500;

    @Inject
    StatementRepository repository;

    /** A statement that is not voided (a voided one is only found by {@link #voided(String)}). */
    public Optional<StoredJson> statement(String statementId) {
        return repository.findByStatementId(statementId.toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.voided()).map(LrsStatementQueries::json);
    }

    public Optional<StoredJson> voided(String statementId) {
        return repository.findByStatementId(statementId.toLowerCase(java.util.Locale.ROOT))
                .filter(StoredStatement::voided).map(LrsStatementQueries::json);
    }

    public StatementPage query(StatementQuery query, int limit) {
        int size = limit <= 0 || limit > MAX_PAGE ? MAX_PAGE : limit;
        List<StoredStatement> found = repository.find(query, size + 1);
        boolean more = found.size() > size;
        List<StoredStatement> page = more ? found.subList(0, size) : found;
        return new StatementPage(page.stream().map(LrsStatementQueries::json).toList(),
                more ? page.get(page.size() - 1).seq() : null);
    }

    private static StoredJson json(StoredStatement s) {
        return new StoredJson(s.statementId(), s.json(), s.stored());
    }
}
