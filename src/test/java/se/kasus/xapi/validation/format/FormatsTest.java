package se.kasus.xapi.validation.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://adlnet.gov/expapi/verbs/voided", "urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
        "http://example.com/فعل/خواندن", "https://w3id.org/xapi/cmi5/context/extensions/sessionid", "tag:kasus.se,2026:x"})
    void theseAreIris(String value) {
        assertThat(Iris.isIri(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "experienced", "/relative/path", "#fragment", "http://exa mple.com", "http://", "http:/x",
        "1http://example.com", "mailto:"})
    void theseAreNotIris(String value) {
        assertThat(Iris.isIri(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kasus.example.se", "http://www.example.com/", "ftp://files.example.com/a"})
    void theseAreIrls(String value) {
        assertThat(Iris.isIrl(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "urn:isbn:0451450523", "mailto:a@example.com", "/relative/info"})
    void theseAreNotIrls(String value) {
        assertThat(Iris.isIrl(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "sv-SE", "zh-Hant-TW", "tlh", "es-419", "de-CH-1901", "x-kasus", "i-klingon",
        "en-US-x-twain", "sl-rozaj-biske"})
    void theseAreLanguageTags(String value) {
        assertThat(LanguageTags.isLanguageTag(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "e", "en-", "-en", "english language", "en-US-", "123", "en-a"})
    void theseAreNotLanguageTags(String value) {
        assertThat(LanguageTags.isLanguageTag(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1234S", "PT0.5S", "P1DT12H",
        "PT1H0M0S", "PT42,5S"})
    void theseAreDurations(String value) {
        assertThat(IsoDurations.isDuration(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P4W1D", "P16559.14S", "PT4H35M59.14", "P0003-01-29T04:35:59", "1234",
        "pt1s", "P1DT"})
    void theseAreNotDurations(String value) {
        assertThat(IsoDurations.isDuration(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-11-18T12:17:00+00:00", "2013-05-18T05:32:34.804Z", "2026-05-04T08:15:30.250+02:00",
        "2026-01-01T00:00Z", "2026-01-01T00:00:00.123456789-05:30", "2026-01-01T00:00:00+0100", "2024-02-29T23:59:59Z"})
    void theseAreTimestampsWithATimeZone(String value) {
        assertThat(IsoTimestamps.isTimestamp(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-01-01T12:00:00", "2026-01-01", "2026-01-01T12:00:00-00:00", "2026-02-30T12:00:00Z",
        "2026-01-01T24:00:00Z", "2026-01-01 12:00:00Z", "2026-01-01T12:00:00+25:00", "yesterday"})
    void theseAreNotTimestampsWithATimeZone(String value) {
        assertThat(IsoTimestamps.isTimestamp(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6690e6c9-3ef0-4ed3-8b37-7f3964730bee", "6690E6C9-3EF0-4ED3-8B37-7F3964730BEE"})
    void theseAreUuids(String value) {
        assertThat(Formats.isUuid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6690e6c93ef04ed38b377f3964730bee", "{6690e6c9-3ef0-4ed3-8b37-7f3964730bee}",
        "urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee"})
    void theseAreNotUuids(String value) {
        assertThat(Formats.isUuid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "1.0.3", "2.0.0", "1.0.99", "1.0"})
    void theseAreStatementVersions(String value) {
        assertThat(Formats.isStatementVersion(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.0.", "0.95", "1.1.0", "3.0.0", "2.0", "1.0.0-rc"})
    void theseAreNotStatementVersions(String value) {
        assertThat(Formats.isStatementVersion(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "text/plain; charset=utf-8", "application/octet-stream",
        "multipart/mixed; boundary=\"abc def\""})
    void theseAreMediaTypes(String value) {
        assertThat(Formats.isMediaType(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pdf", "application/", "text plain"})
    void theseAreNotMediaTypes(String value) {
        assertThat(Formats.isMediaType(value)).isFalse();
    }
}
