package se.kasus.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@kommun.se", "anna.svensson+kurs@ekonomi.kommun.se", "a_b@x-y.example.org"})
    void ordinaryAddressesAreValid(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@kommun", "anna@@kommun.se", "anna @kommun.se", "anna@kommun..se", ".anna@kommun.se",
            "anna..s@kommun.se", "anna@kommun.se,", "åsa@kommun.se", "anna@-kommun.se", ""})
    void typosAreNot(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }
}
