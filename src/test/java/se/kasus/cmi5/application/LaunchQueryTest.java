package se.kasus.cmi5.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which launch URLs come from an LMS Kasus trusts (kasus.cmi5.lms.urls), and which returnURLs Kasus follows. */
class LaunchQueryTest {

    private static final List<String> TRUSTED = List.of("https://lms.example.org/", "https://other.example.se:8443/lms/");

    @Test
    void aUrlUnderATrustedLmsIsTrusted() {
        assertThat(LaunchQuery.trusted("https://lms.example.org/xapi/", TRUSTED)).isTrue();
        assertThat(LaunchQuery.trusted("https://lms.example.org/fetch?k=1", TRUSTED)).isTrue();
        assertThat(LaunchQuery.trusted("https://LMS.example.org:9000/xapi/", TRUSTED)).isTrue();
        assertThat(LaunchQuery.trusted("https://other.example.se:8443/lms/xapi", TRUSTED)).isTrue();
    }

    @Test
    void lookAlikeHostsOtherSchemesPortsPathsAndUserInfoAreNot() {
        assertThat(LaunchQuery.trusted("https://lms.example.org.evil.test/xapi/", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://evil.test/https://lms.example.org/", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("http://lms.example.org/xapi/", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://other.example.se/lms/xapi", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://other.example.se:8443/elsewhere", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://other.example.se:8443/lms/../admin", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://lms.example.org@evil.test/xapi/", TRUSTED)).isFalse();
        assertThat(LaunchQuery.trusted("https://lms.example.org/xapi/", List.of())).isFalse();
    }

    @Test
    void onlyAbsoluteHttpUrlsAreFollowed() {
        assertThat(LaunchQuery.isHttpUrl("https://lms.example.org/done")).isTrue();
        assertThat(LaunchQuery.isHttpUrl("javascript:alert(1)")).isFalse();
        assertThat(LaunchQuery.isHttpUrl("//evil.test/")).isFalse();
        assertThat(LaunchQuery.isHttpUrl("/fall.html")).isFalse();
        assertThat(LaunchQuery.isHttpUrl(null)).isFalse();
    }
}
