package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHashTest {

    @Test
    void aSecretMatchesItsSaltedHashOnly() {
        String hash = SecretHash.of("s3cret-value");

        assertThat(hash).startsWith("sha256:").doesNotContain("s3cret-value");
        assertThat(SecretHash.matches("s3cret-value", hash)).isTrue();
        assertThat(SecretHash.matches("s3cret-valuE", hash)).isFalse();
        assertThat(SecretHash.matches(null, hash)).isFalse();
        assertThat(SecretHash.matches("s3cret-value", "plain")).isFalse();
    }

    @Test
    void theSameSecretHashesDifferentlyEachTime() {
        assertThat(SecretHash.of("same")).isNotEqualTo(SecretHash.of("same"));
    }
}
