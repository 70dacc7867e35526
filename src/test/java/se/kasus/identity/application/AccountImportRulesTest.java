package se.kasus.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kasus.identity.domain.OrgUnitPath;
import se.kasus.identity.domain.Role;

class AccountImportRulesTest {

    private static final String HEADER = "användarnamn;namn;e-post;organisation;roll\n";

    private static ImportPreview preview(String body, Set<String> existing, Set<String> existingUnits) {
        List<AccountCsv.Row> rows = AccountCsv.read((HEADER + body).getBytes(StandardCharsets.UTF_8));
        return AccountImportRules.preview(AccountImportRules.check(rows, existing),
                path -> existingUnits.stream().anyMatch(unit -> OrgUnitPath.parse(unit).key().equals(path.key())));
    }

    private static ImportRowResult only(String row) {
        return preview(row, Set.of(), Set.of()).rows().get(0);
    }

    @Test
    void aGoodRowIsNormalisedAndReadyToImport() {
        ImportRowResult row = only("Anna.S;  Anna   Svensson ;anna@kommun.se;Kommunen>Ekonomi ›Lön;Utbildare|deltagare\n");

        assertThat(row.status()).isEqualTo("ok");
        assertThat(row.messages()).isEmpty();
        assertThat(row.username()).isEqualTo("anna.s");
        assertThat(row.displayName()).isEqualTo("Anna Svensson");
        assertThat(row.orgUnit()).isEqualTo("Kommunen › Ekonomi › Lön");
        assertThat(row.roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.LEARNER);
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void rolesMayBeSwedishOrEnglishAndDefaultToLearner() {
        assertThat(only("a1x;A;;;admin|trainer|learner\n").roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.TRAINER, Role.LEARNER);
        assertThat(only("a1x;A;;;Administratör\n").roles()).containsExactly(Role.ADMIN);
        assertThat(only("a1x;A;;;\n").roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void anUnknownRoleIsAnError() {
        ImportRowResult row = only("a1x;A;;;deltagare|chef\n");

        assertThat(row.status()).isEqualTo("error");
        assertThat(row.messages()).singleElement().asString().startsWith("Okänd roll \"chef\"");
    }

    @Test
    void invalidUsernamesAreErrors() {
        assertThat(only(";Anna;;;\n").messages()).containsExactly("Användarnamn saknas.");
        assertThat(only("åsa;Åsa;;;\n").messages()).singleElement().asString().startsWith("Användarnamnet \"åsa\" är ogiltigt");
        assertThat(only("ab;Ab;;;\n").status()).isEqualTo("error");
        assertThat(only("anna svensson;Anna;;;\n").status()).isEqualTo("error");
    }

    @Test
    void aUsernameTwiceInTheFileIsAnErrorOnTheSecondRowNamingTheFirst() {
        ImportPreview preview = preview("anna.s;Anna;;;\nbo.k;Bo;;;\nANNA.S;Anna igen;;;\n", Set.of(), Set.of());

        assertThat(preview.rows().get(0).status()).isEqualTo("ok");
        assertThat(preview.rows().get(2).messages()).containsExactly("Användarnamnet anna.s finns redan på rad 2 i filen.");
        assertThat(preview.total()).isEqualTo(3);
        assertThat(preview.ok()).isEqualTo(2);
        assertThat(preview.errors()).isEqualTo(1);
    }

    @Test
    void anExistingAccountIsAnError() {
        ImportPreview preview = preview("anna.s;Anna;;;\n", Set.of("anna.s"), Set.of());

        assertThat(preview.rows().get(0).messages()).containsExactly("Det finns redan ett konto med användarnamnet anna.s.");
    }

    @Test
    void badEmailAndOverlongNameAreErrorsAndEveryProblemOfARowIsListed() {
        ImportRowResult row = only("anna.s;" + "x".repeat(201) + ";anna.kommun.se;;chef\n");

        assertThat(row.messages()).hasSize(3);
        assertThat(row.messages().get(0)).isEqualTo("Namnet är 201 tecken; det får vara högst 200.");
        assertThat(row.messages().get(1)).isEqualTo("E-postadressen \"anna.kommun.se\" är inte giltig.");
        assertThat(only("anna.s;Anna;anna@kommun;;\n").status()).isEqualTo("error");
        assertThat(only("anna.s;Anna;anna @kommun.se;;\n").status()).isEqualTo("error");
    }

    @Test
    void aBlankNameBecomesTheUsername() {
        assertThat(only("anna.s;;;;\n").displayName()).isEqualTo("anna.s");
    }

    @Test
    void anEmptyLevelInTheOrganisationIsAnError() {
        assertThat(only("anna.s;Anna;;Kommunen >> Ekonomi;\n").messages()).singleElement().asString()
                .contains("tom nivå");
    }

    @Test
    void aRowWithTooManyFieldsIsAnError() {
        assertThat(only("anna.s;Anna;;;;extra\n").messages()).singleElement().asString()
                .isEqualTo("Raden har 6 fält men rubrikraden har 5. Kontrollera avgränsare och citattecken.");
    }

    @Test
    void thePreviewListsTheUnitsItWouldCreateEachOnceWithTheirParents() {
        ImportPreview preview = preview("a1x;A;;Kommunen > Ekonomi > Lön;\nb1x;B;;kommunen › ekonomi;\nc1x;C;;Kommunen › IT;\n",
                Set.of(), Set.of("Kommunen"));

        assertThat(preview.newUnits()).containsExactly("Kommunen › Ekonomi", "Kommunen › Ekonomi › Lön", "Kommunen › IT");
    }

    @Test
    void orgUnitPathsAcceptBothSeparatorsAndCompareWithoutCase() {
        assertThat(OrgUnitPath.parse(" Kommunen>Ekonomi › Lön ").names()).containsExactly("Kommunen", "Ekonomi", "Lön");
        assertThat(OrgUnitPath.parse("kommunen > EKONOMI").key()).isEqualTo(OrgUnitPath.parse("Kommunen › Ekonomi").key());
    }
}
