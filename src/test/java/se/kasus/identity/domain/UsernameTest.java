package se.kasus.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna", "abc", "anna.svensson", "anna_s", "a-b", "anna@kommun.se", "0ve", "9.x"})
    void lowerCaseLettersDigitsAndSeparatorsAreAccepted(String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
        assertThat(Username.isValid(value)).isTrue();
    }

    @Test
    void threeCharactersIsTheShortestName() {
        assertThat(Username.isValid("abc")).isTrue();
        assertThat(Username.isValid("ab")).isFalse();
    }

    @Test
    void sixtyFourCharactersIsTheLongestName() {
        assertThat(Username.isValid("a".repeat(64))).isTrue();
        assertThat(Username.isValid("a".repeat(65))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Username("a".repeat(65)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", ".anna", "-anna", "_anna", "@anna", "anna svensson", "anna/s", "anna+s", "åsa", "anna\n",
            "   "})
    void otherNamesAreRejected(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(value));
    }

    @Test
    void theConstructorDoesNotLowerCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username("Anna"));
    }

    @Test
    void whatAPersonTypedIsTrimmedAndLowerCased() {
        assertThat(Username.of("  Anna.Svensson@Kommun.SE ")).isEqualTo(new Username("anna.svensson@kommun.se"));
    }

    @Test
    void typedNamesAreCheckedAfterTrimmingAndLowerCasing() {
        assertThat(Username.isValid(" ANNA ")).isTrue();
        assertThat(Username.isValid(" a ")).isFalse();
        assertThat(Username.isValid(null)).isFalse();
    }

    @Test
    void typingNothingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of(null));
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("  "));
    }

    @Test
    void theErrorDoesNotRepeatWhatWasTyped() {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("Hemligt Lösen"))
                .withMessageNotContaining("Hemligt");
    }

    @Test
    void aUsernameIsWrittenAsItsValue() {
        assertThat(Username.of("Anna")).hasToString("anna");
    }
}
