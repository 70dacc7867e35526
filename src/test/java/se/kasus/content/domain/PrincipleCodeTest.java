package se.kasus.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipleCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"P-ID", "P-TA", "V-OBJ", "V-FAB", "P-ABC"})
    void aRightsBasedOrCoreValueCodeIsAccepted(String value) {
        assertThat(new PrincipleCode(value).value()).isEqualTo(value);
        assertThat(PrincipleCode.isWellFormed(value)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"p-id", "P-id", "X-ID", "P-I", "P-ABCD", "PID", "P_ID", "P-ID ", " P-ID", "P-1D", "V-ÅÄÖ"})
    void aMalformedCodeIsRejected(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrincipleCode(value));
        assertThat(PrincipleCode.isWellFormed(value)).isFalse();
    }

    @Test
    void aCodeIsWrittenAsItsValue() {
        assertThat(new PrincipleCode("V-LEG")).hasToString("V-LEG");
    }

    @Test
    void twoCodesWithTheSameValueAreEqual() {
        assertThat(new PrincipleCode("P-DI")).isEqualTo(new PrincipleCode("P-DI"));
    }
}
