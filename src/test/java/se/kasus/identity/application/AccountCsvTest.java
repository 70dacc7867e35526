package se.kasus.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.RuleViolationException;

class AccountCsvTest {

    private static List<AccountCsv.Row> read(String text) {
        return AccountCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void swedishExcelFileWithSemicolonsAndAByteOrderMarkIsRead() {
        List<AccountCsv.Row> rows = read("\uFEFFAnvändarnamn;Namn;E-post;Organisation;Roll\r\n"
                + "anna.s;Anna Svensson;anna@kommun.se;Kommunen > Ekonomi;deltagare\r\n"
                + "bo.k;Bo Karlsson;;Kommunen › Ekonomi › Lön;utbildare|deltagare\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new AccountCsv.Row(2, "anna.s", "Anna Svensson", "anna@kommun.se",
                "Kommunen > Ekonomi", "deltagare", 5, 5));
        assertThat(rows.get(1).email()).isEmpty();
        assertThat(rows.get(1).role()).isEqualTo("utbildare|deltagare");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void englishHeaderWithCommasIsRead() {
        List<AccountCsv.Row> rows = read("username,name,email,org unit,role\nanna.s,Anna,anna@kommun.se,Kommunen,learner\n");

        assertThat(rows).extracting(AccountCsv.Row::username, AccountCsv.Row::orgUnit, AccountCsv.Row::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna.s", "Kommunen", "learner"));
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaksAndLineNumbersFollowTheFile() {
        List<AccountCsv.Row> rows = read("användarnamn;namn;e-post;organisation;roll\n"
                + "anna.s;\"Svensson; Anna \"\"Annie\"\"\";;;\n"
                + "bo.k;\"Bo\nKarlsson\";;;\n"
                + "cia.l;Cia;;;\n");

        assertThat(rows.get(0).name()).isEqualTo("Svensson; Anna \"Annie\"");
        assertThat(rows.get(1).name()).isEqualTo("Bo\nKarlsson");
        assertThat(rows).extracting(AccountCsv.Row::line).containsExactly(2, 3, 5);
    }

    @Test
    void blankLinesAndRowsOfEmptyCellsAreSkippedAndTrailingSpacesTrimmed() {
        List<AccountCsv.Row> rows = read("användarnamn;namn\n\n;\n  anna.s  ; Anna \n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("anna.s");
            assertThat(row.name()).isEqualTo("Anna");
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.email()).isEmpty();
        });
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsKeptForTheRulesToReport() {
        List<AccountCsv.Row> rows = read("användarnamn;namn;e-post\nanna.s;Anna;anna@kommun.se;extra\n");

        assertThat(rows.get(0).fieldCount()).isEqualTo(4);
        assertThat(rows.get(0).expectedFieldCount()).isEqualTo(3);
    }

    @Test
    void commasInsideASemicolonFileAreData() {
        List<AccountCsv.Row> rows = read("användarnamn;namn\nanna.s;Svensson, Anna\n");

        assertThat(rows.get(0).name()).isEqualTo("Svensson, Anna");
    }

    @Test
    void anUnknownOrMissingHeaderIsRefusedInSwedish() {
        assertThatThrownBy(() -> read("anna.s;Anna;anna@kommun.se\n"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("okänd kolumn \"anna.s\"");
        assertThatThrownBy(() -> read("namn;e-post\nAnna;anna@kommun.se\n"))
                .hasMessageContaining("saknar kolumnen användarnamn");
        assertThatThrownBy(() -> read("användarnamn;username\nanna;anna\n")).hasMessageContaining("två gånger");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThatThrownBy(() -> read("")).hasMessage("Filen är tom.");
        assertThatThrownBy(() -> read("\uFEFF")).hasMessage("Filen är tom.");
        assertThatThrownBy(() -> read("användarnamn;namn\n")).hasMessageContaining("inga konton");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAdviceOnHowToSaveIt() {
        byte[] latin1 = "användarnamn;namn\nasa;Åsa\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> AccountCsv.read(latin1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> read("användarnamn;namn\nanna;\"Anna\n")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("citattecken");
    }

    @Test
    void filesAreLimitedInRowsAndBytes() {
        StringBuilder many = new StringBuilder("användarnamn\n");
        for (int i = 0; i <= AccountCsv.MAX_ROWS; i++) {
            many.append("user").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(many.toString())).hasMessageContaining("fler än " + AccountCsv.MAX_ROWS);
        assertThat(read(many.substring(0, many.lastIndexOf("user")))).hasSize(AccountCsv.MAX_ROWS);
        assertThatThrownBy(() -> AccountCsv.read(new byte[AccountCsv.MAX_BYTES + 1])).hasMessageContaining("för stor");
    }
}
