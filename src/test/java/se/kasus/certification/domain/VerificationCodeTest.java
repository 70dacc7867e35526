package se.kasus.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aRandomCodeHasSixteenCharactersOfThirtyTwoThatIsEightyBits() {
        VerificationCode code = VerificationCode.random(new Random(1));
        assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(Math.log(Math.pow(VerificationCode.ALPHABET.length(), VerificationCode.LENGTH)) / Math.log(2))
                .isGreaterThanOrEqualTo(64.0).isEqualTo(80.0);
        assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertThat(VerificationCode.ALPHABET).doesNotContain("I", "L", "O", "U").hasSize(32);
    }

    @Test
    void typedCodesAreReadForgivinglyInCaseSpacesDashesAndLookAlikes() {
        assertThat(VerificationCode.parse("7k4q m2xw-9prt hc3n")).contains(new VerificationCode("7K4QM2XW9PRTHC3N"));
        assertThat(VerificationCode.parse("O1IL-0000-0000-0000")).contains(new VerificationCode("0111000000000000"));
    }

    @Test
    void somethingThatCannotBeACodeIsNone() {
        assertThat(VerificationCode.parse("7K4Q-M2XW-9PRT")).isEmpty();
        assertThat(VerificationCode.parse("7K4Q-M2XW-9PRT-HC3N-0")).isEmpty();
        assertThat(VerificationCode.parse("UUUU-UUUU-UUUU-UUUU")).isEmpty();
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("x".repeat(1000))).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenThousandCodesAreAllDifferent() {
        Set<String> codes = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCode.random(random).value());
        }
        assertThat(codes).hasSize(10_000);
    }
}
