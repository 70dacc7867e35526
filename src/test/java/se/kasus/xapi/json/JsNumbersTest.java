package se.kasus.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "8.0, 8",
        "0.5, 0.5",
        "-0.25, -0.25",
        "100, 100",
        "-0.0, 0",
        "0.000001, 0.000001",
        "1e-7, 1e-7",
        "1.5e-7, 1.5e-7",
        "123456789012345680000, 123456789012345680000",
        "1e21, 1e+21",
        "1.5e300, 1.5e+300",
        "0.30000000000000004, 0.30000000000000004",
        "4.35, 4.35",
        "5e-324, 5e-324"
    })
    void numbersAreWrittenAsJavaScriptWritesThem(double value, String expected) {
        assertThat(JsNumbers.format(value)).isEqualTo(expected);
    }

    @Test
    void notANumberHasNoJsonNotation() {
        assertThatThrownBy(() -> JsNumbers.format(Double.NaN)).isInstanceOf(XapiJsonException.class);
    }
}
