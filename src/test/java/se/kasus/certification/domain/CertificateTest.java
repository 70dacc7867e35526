package se.kasus.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.ConflictException;

class CertificateTest {

    private static final Instant COMPLETED = Instant.parse("2026-12-03T10:00:00Z");
    private static final Certificate.Facts FACTS = new Certificate.Facts("enrol-1", "asa", "Åsa Öberg", null,
            "mr-offentlig-verksamhet", "Mänskliga rättigheter i offentlig verksamhet", "3", 7L, COMPLETED, 240,
            "Länsstyrelsen", "Utbildningsansvarig");

    private Certificate issue(int number) {
        return new Certificate(FACTS, number, VerificationCode.random(new Random(number)), COMPLETED.plusSeconds(1));
    }

    @Test
    void aCertificateKeepsWhatItCertifiedAtIssue() {
        Certificate c = issue(1);
        assertThat(c.learnerName()).isEqualTo("Åsa Öberg");
        assertThat(c.courseVersion()).isEqualTo("3");
        assertThat(c.isRevoked()).isFalse();
        assertThat(c.facts()).isEqualTo(FACTS);
    }

    @Test
    void aRevokedCertificateSaysWhenWhyAndByWhomAndCannotBeRevokedAgain() {
        Certificate c = issue(1);
        Instant at = Instant.parse("2026-12-04T08:00:00Z");
        c.revoke(RevocationReason.WRONG_NAME, "  Stavfel  ", "admin", at);
        assertThat(c.revokedAt()).contains(at);
        assertThat(c.revocationReason()).contains(RevocationReason.WRONG_NAME);
        assertThat(c.revocationNote()).contains("Stavfel");
        assertThat(c.revokedBy()).contains("admin");
        assertThatThrownBy(() -> c.revoke(RevocationReason.OTHER, null, "admin", at)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReplacedCertificateIsRevokedAndNamesItsSuccessor() {
        Certificate first = issue(1);
        Certificate second = new Certificate(first.facts().withLearnerName("Åsa Öberg-Ärlig"), 2,
                VerificationCode.random(new Random(2)), COMPLETED.plusSeconds(60));
        first.replaceBy(second, RevocationReason.WRONG_NAME, null, "admin", COMPLETED.plusSeconds(60));
        assertThat(first.isRevoked()).isTrue();
        assertThat(first.replacedBy()).contains(second.id());
        assertThat(second.learnerName()).isEqualTo("Åsa Öberg-Ärlig");
        assertThat(second.issueNumber()).isEqualTo(2);
        assertThatThrownBy(() -> first.markReplacedBy(second)).isInstanceOf(ConflictException.class);
    }

    @Test
    void issueNumbersStartAtOne() {
        assertThatThrownBy(() -> issue(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
