package se.kasus.tracking.lrs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/** The JPQL of the statement queries, kept word for word as it was before the repository was split. */
class StatementQueryBuilderTest {

    @Test
    void noFilterIsTheLatestNotVoidedStatements() {
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery(null, null, null, null, false, false, null, null, false, null));

        assertThat(built.jpql()).isEqualTo("SELECT s FROM StoredStatement s WHERE s.voided = false ORDER BY s.seq DESC");
        assertThat(built.parameters()).isEmpty();
    }

    @Test
    void everyFilterIsAnExistsOnTheTermsAndTheWindowAndPageAreOnTheStatement() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-02-01T00:00:00Z");
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery("agent-key", "verb-key", "activity-key", "reg", true, false, since, until, true, 42L));

        assertThat(built.jpql()).isEqualTo("SELECT s FROM StoredStatement s WHERE s.voided = false"
                + " AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :agent AND t.statementSeq = s.seq AND t.direct = true)"
                + " AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :verb AND t.statementSeq = s.seq)"
                + " AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :activity AND t.statementSeq = s.seq)"
                + " AND EXISTS (SELECT t.statementSeq FROM StatementTerm t WHERE t.termHash = :registration AND t.statementSeq = s.seq)"
                + " AND s.stored > :since AND s.stored <= :until AND s.seq > :after ORDER BY s.seq ASC");
        assertThat(built.parameters()).containsEntry("agent", Term.hash(TermKind.AGENT, "agent-key"))
                .containsEntry("verb", Term.hash(TermKind.VERB, "verb-key"))
                .containsEntry("activity", Term.hash(TermKind.ACTIVITY, "activity-key"))
                .containsEntry("registration", Term.hash(TermKind.REGISTRATION, "reg"))
                .containsEntry("since", since).containsEntry("until", until).containsEntry("after", 42L).hasSize(7);
    }

    @Test
    void theNextPageOfANewestFirstQueryStartsBelowTheCursor() {
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery(null, null, "activity-key", null, false, false, null, null, false, 7L));

        assertThat(built.jpql()).endsWith(" AND t.statementSeq = s.seq AND t.direct = true) AND s.seq < :after ORDER BY s.seq DESC");
    }
}
