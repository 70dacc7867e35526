package se.kasus.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.RuleViolationException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.violation("grön-tekopp-över-bron", "anna.svensson")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(policy.violation("kx7-mtq4-zw", "anna")).contains("Lösenordet ska ha minst 12 tecken.");
        assertThat(policy.violation("kx7-mtq4-zwp", "anna")).isEmpty();
    }

    @Test
    void lettersOutsideAsciiCountAsOneCharacterEach() {
        // 12 characters, 15 bytes in UTF-8 and 12 UTF-16 units: å, ä and ö are one character each
        assertThat(policy.violation("åäö-kx7-mtq4", "anna")).isEmpty();
        assertThat(policy.violation("åäö-kx7-mtq", "anna")).contains("Lösenordet ska ha minst 12 tecken.");
    }

    @Test
    void missingPasswordIsTooShort() {
        assertThat(policy.violation(null, "anna")).contains("Lösenordet ska ha minst 12 tecken.");
        assertThat(policy.violation("", "anna")).contains("Lösenordet ska ha minst 12 tecken.");
    }

    @Test
    void moreThan256CharactersAreRefused() {
        assertThat(policy.violation("k".repeat(255) + "x", "anna")).isEmpty();
        assertThat(policy.violation("k".repeat(256) + "x", "anna")).contains("Lösenordet får ha högst 256 tecken.");
    }

    @Test
    void thePasswordMayNeitherBeNorContainTheUsernameInAnyCase() {
        String message = "Lösenordet får inte vara eller innehålla användarnamnet.";
        assertThat(policy.violation("anna.svensson", "anna.svensson")).contains(message);
        assertThat(policy.violation("ANNA.Svensson", "anna.svensson")).contains(message);
        assertThat(policy.violation("xyz-Anna.Svensson-2026", "anna.svensson")).contains(message);
        assertThat(policy.violation("it-admin-password-0001", "admin")).contains(message);
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedInAnyCase() {
        String message = "Lösenordet är ett av de vanligaste lösenorden och därför lätt att gissa. Välj ett annat.";
        assertThat(policy.violation("qwerty123456", "anna")).contains(message);
        assertThat(policy.violation("1q2w3e4r5t6y", "anna")).contains(message);
        assertThat(policy.violation("QWERTYQWERTY", "anna")).contains(message);
    }

    @Test
    void commonSwedishPasswordsAreRefused() {
        String message = "Lösenordet är ett av de vanligaste lösenorden och därför lätt att gissa. Välj ett annat.";
        assertThat(policy.violation("sommar2024!!", "anna")).isEmpty();
        assertThat(policy.violation("Sommar20241!", "anna")).isEmpty();
        for (String swedish : new String[] {"lösenord123456", "Välkommen123", "LÖSENORD1234", "hejhejhejhej", "stockholm123456"}) {
            assertThat(policy.violation(swedish, "anna")).as(swedish).contains(message);
        }
    }

    @Test
    void theShippedListHoldsTheTenThousandMostCommonAndTheSwedishOnes() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(10_000);
    }

    @Test
    void commentsAndBlankLinesInTheListAreSkipped() {
        Set<String> read = PasswordPolicy.readList(new ByteArrayInputStream(
                "# a comment\n\nLosen-Ord-Tolv\nsommar2099xyz\n".getBytes(StandardCharsets.UTF_8)));
        PasswordPolicy small = new PasswordPolicy(read);

        assertThat(read).containsExactlyInAnyOrder("Losen-Ord-Tolv", "sommar2099xyz");
        assertThat(small.violation("losen-ord-tolv", "anna")).isPresent();
        assertThat(small.violation("# a comment!!", "anna")).isEmpty();
    }

    @Test
    void requireThrowsARuleViolationWithTheSwedishMessage() {
        assertThatThrownBy(() -> policy.require("kort", "anna"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Lösenordet ska ha minst 12 tecken.")
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("weak-password");
    }
}
