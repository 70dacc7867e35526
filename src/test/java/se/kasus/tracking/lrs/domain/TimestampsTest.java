package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({"2026-03-01T12:00:00Z,2026-03-01T12:00:00Z", "2026-03-01T12:00:00.123456789Z,2026-03-01T12:00:00.123456789Z",
            "2026-03-01T13:00:00+01:00,2026-03-01T12:00:00Z", "2026-03-01T13:00+0100,2026-03-01T12:00:00Z",
            "2026-03-01T07:00:00-05,2026-03-01T12:00:00Z", "2026-03-01t12:00:00.5z,2026-03-01T12:00:00.500Z"})
    void theFormsXapiAllowsAreRead(String text, String instant) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2026-03-01T12:00:00", "2026-02-30T12:00:00Z", "2026-03-01T12:00:00-00:00",
            "yesterday", "2026-03-01T25:00:00Z"})
    void othersAreNot(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01T12:00:00.123456Z,2026-03-01T12:00:00.123Z", "2026-03-01T12:00:00Z,2026-03-01T12:00:00.000Z"})
    void storedIsWrittenWithMilliseconds(String instant, String stored) {
        assertThat(StoredTime.format(StoredTime.truncate(Instant.parse(instant)))).isEqualTo(stored);
    }
}
