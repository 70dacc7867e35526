package se.kasus.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kasus.xapi.Fixtures;
import se.kasus.xapi.json.Parsed;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Statement;

/** The quick check must agree with the Bean Validation engine on every statement: valid or not. */
class ConstraintCheckTest {

    private static final Validator ENGINE = Validation.buildDefaultValidatorFactory().getValidator();
    private final ConstraintCheck check = new ConstraintCheck();

    static Stream<String> everyFixture() {
        return Stream.concat(Fixtures.jsonFiles("xapi/valid").map(f -> "xapi/valid/" + f),
                Fixtures.jsonFiles("xapi/invalid").map(f -> "xapi/invalid/" + f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFixture")
    void theQuickCheckAgreesWithTheEngineOnEveryFixture(String file) {
        Parsed<Statement> parsed = XapiJson.parseStatement(Fixtures.read(file));
        Statement statement = parsed.value();
        if (statement == null) {
            return; // the JSON itself is broken: no model value to check
        }

        assertThat(check.isValid(statement)).as("quick check of " + file)
                .isEqualTo(ENGINE.validate(statement).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void mostInvalidFixturesReachTheConstraintsAndTheQuickCheckRejectsThem() {
        long rejected = everyFixture().filter(f -> f.startsWith("xapi/invalid/"))
                .map(f -> XapiJson.parseStatement(Fixtures.read(f)).value())
                .filter(s -> s != null && !ENGINE.validate(s).isEmpty())
                .filter(s -> !check.isValid(s))
                .count();

        assertThat(rejected).isGreaterThan(40);
    }
}
