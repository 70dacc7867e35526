package se.kasus.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.kasus.xapi.Fixtures;
import se.kasus.xapi.XapiSpec;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;

class StatementFixturesTest {

    private final XapiValidator validator = new XapiValidator();

    static Stream<String> validFixtures() {
        return Fixtures.jsonFiles("xapi/valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void everyValidFixtureRoundTripsToAnEqualStatement(String file) {
        Statement parsed = XapiJson.readStatement(Fixtures.read("xapi/valid/" + file));

        Statement again = XapiJson.readStatement(XapiJson.write(parsed));

        assertThat(again).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void everyValidFixtureValidatesClean(String file) {
        Checked<Statement> checked = validator.checkStatement(Fixtures.read("xapi/valid/" + file));

        assertThat(checked.violations()).isEmpty();
        assertThat(checked.isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void everyValidFixtureWritesAsItsOwnJavaScriptReserialisation(String file) {
        String written = XapiJson.write(XapiJson.readStatement(Fixtures.read("xapi/valid/" + file)));

        assertThat(XapiJson.write(XapiJson.readStatement(written))).isEqualTo(written);
    }

    @Test
    void everyInvalidFixtureHasAnExpectedViolation() {
        String expectations = Fixtures.read("xapi/invalid/expected-violations.csv");

        assertThat(Fixtures.jsonFiles("xapi/invalid")).allSatisfy(file -> assertThat(expectations).contains(file + ","));
    }

    @ParameterizedTest(name = "{0} breaks the rule at {1}")
    @CsvFileSource(resources = "/xapi/invalid/expected-violations.csv", numLinesToSkip = 1)
    void everyInvalidFixtureYieldsExactlyTheExpectedViolation(String file, String path, String section) {
        Checked<Statement> checked = validator.checkStatement(Fixtures.read("xapi/invalid/" + file));

        assertThat(checked.violations()).hasSize(1);
        XapiViolation violation = checked.violations().get(0);
        assertThat(violation.path()).isEqualTo(path);
        assertThat(violation.spec()).isEqualTo(section.equals("IEEE") ? XapiSpec.IEEE_9274_1_1 : XapiSpec.data(section));
        assertThat(checked.isValid()).isFalse();
    }
}
