package se.kasus.tracking.lrs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kasus.tracking.lrs.domain.StatementQuery;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.tracking.lrs.domain.TermKind;

/**
 * The SQL of the statement queries. It was JPQL with an EXISTS per filter, which left the database to collect and
 * sort every match; now each query is driven by one index in the order of the answer and stops at the limit
 * (StatementQueryPlansIT checks the plans on Derby and PostgreSQL).
 */
class StatementQueryBuilderTest {

    @Test
    void noFilterReadsTheStatementsByPrimaryKeyAndStopsAtTheLimit() {
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery(null, null, null, null, false, false, null, null, false, null), null, null, 51);

        assertThat(built.sql()).isEqualTo("SELECT s.seq FROM lrs_statement s WHERE s.voided = ?1"
                + " ORDER BY s.seq DESC FETCH FIRST ?2 ROWS ONLY");
        assertThat(built.parameters()).containsExactly(false, 51);
        assertThat(built.jdbcSql()).isEqualTo("SELECT s.seq FROM lrs_statement s WHERE s.voided = ?"
                + " ORDER BY s.seq DESC FETCH FIRST ? ROWS ONLY");
    }

    @Test
    void theMostSelectiveFilterDrivesAndTheOthersAreProbesOnTheTermIndex() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-02-01T00:00:00Z");
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery("agent-key", "verb-key", "activity-key", "reg", true, false, since, until, true, 42L),
                43L, 900L, 11);

        assertThat(built.sql()).isEqualTo("SELECT t.statement_seq FROM --DERBY-PROPERTIES joinOrder=FIXED\nlrs_term t JOIN lrs_statement s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nON s.seq = t.statement_seq"
                + " WHERE t.term_hash = ?1 AND s.voided = ?2"
                + " AND EXISTS (SELECT 1 FROM lrs_term x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE x.term_hash = ?3 AND x.statement_seq = t.statement_seq AND x.direct = ?4)"
                + " AND EXISTS (SELECT 1 FROM lrs_term x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE x.term_hash = ?5 AND x.statement_seq = t.statement_seq)"
                + " AND EXISTS (SELECT 1 FROM lrs_term x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE x.term_hash = ?6 AND x.statement_seq = t.statement_seq)"
                + " AND COALESCE(s.stored, s.stored) > ?7 AND COALESCE(s.stored, s.stored) <= ?8 AND t.statement_seq >= ?9 AND t.statement_seq < ?10"
                + " AND s.seq >= ?11 AND s.seq < ?12 ORDER BY t.statement_seq ASC FETCH FIRST ?13 ROWS ONLY");
        assertThat(built.parameters()).containsExactly(Term.hash(TermKind.REGISTRATION, "reg"), false,
                Term.hash(TermKind.AGENT, "agent-key"), true, Term.hash(TermKind.ACTIVITY, "activity-key"),
                Term.hash(TermKind.VERB, "verb-key"), Timestamp.from(since), Timestamp.from(until), 43L, 900L, 43L, 900L, 11);
    }

    @Test
    void aPlainActivityFilterDrivesWithDirectTermsOnlyNewestFirst() {
        StatementQueryBuilder built = StatementQueryBuilder.of(
                new StatementQuery(null, "verb-key", "activity-key", null, false, false, null, null, false, 7L), null, 7L, 5);

        assertThat(built.sql()).isEqualTo("SELECT t.statement_seq FROM --DERBY-PROPERTIES joinOrder=FIXED\nlrs_term t JOIN lrs_statement s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nON s.seq = t.statement_seq"
                + " WHERE t.term_hash = ?1 AND t.direct = ?2 AND s.voided = ?3"
                + " AND EXISTS (SELECT 1 FROM lrs_term x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nWHERE x.term_hash = ?4 AND x.statement_seq = t.statement_seq)"
                + " AND t.statement_seq < ?5 AND s.seq < ?6 ORDER BY t.statement_seq DESC FETCH FIRST ?7 ROWS ONLY");
        assertThat(built.parameters()).containsExactly(Term.hash(TermKind.ACTIVITY, "activity-key"), true, false,
                Term.hash(TermKind.VERB, "verb-key"), 7L, 7L, 5);
    }
}
