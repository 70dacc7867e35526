package se.kasus.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BackupScheduleTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"off", "OFF", "  off "})
    void emptyOrOffSchedulesNothing(String text) {
        BackupSchedule schedule = BackupSchedule.parse(text, STOCKHOLM);

        assertThat(schedule).isInstanceOf(BackupSchedule.Off.class);
        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T10:00:00+01:00[Europe/Stockholm]"))).isEmpty();
    }

    @Test
    void aTimeOfDayIsDailyInTheDefaultZone() {
        assertThat(BackupSchedule.parse("02:30", STOCKHOLM))
                .isEqualTo(new BackupSchedule.Daily(LocalTime.of(2, 30), STOCKHOLM));
        assertThat(BackupSchedule.parse("2:05 UTC", STOCKHOLM))
                .isEqualTo(new BackupSchedule.Daily(LocalTime.of(2, 5), ZoneId.of("UTC")));
    }

    @Test
    void aDailyTimeLaterTodayRunsToday() {
        BackupSchedule schedule = BackupSchedule.parse("02:30", STOCKHOLM);

        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T01:00:00+01:00[Europe/Stockholm]")))
                .contains(Duration.ofMinutes(90));
    }

    @Test
    void aDailyTimeAlreadyPassedOrNowRunsTomorrow() {
        BackupSchedule schedule = BackupSchedule.parse("02:30", STOCKHOLM);

        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T02:30:00+01:00[Europe/Stockholm]")))
                .contains(Duration.ofHours(24));
        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T03:00:00+01:00[Europe/Stockholm]")))
                .contains(Duration.ofHours(23).plusMinutes(30));
    }

    @Test
    void aDailyTimeIsWallClockTimeInItsZoneWhateverTheClocksZone() {
        BackupSchedule schedule = BackupSchedule.parse("02:30 Europe/Stockholm", ZoneId.of("UTC"));

        // 00:00 UTC is 01:00 in Stockholm in winter
        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T00:00:00Z")))
                .contains(Duration.ofMinutes(90));
    }

    @Test
    void theNightClocksGoBackTheDailyBackupIsStillAtTheWallClockTime() {
        BackupSchedule schedule = BackupSchedule.parse("04:00", STOCKHOLM);

        // 2026-10-25: Stockholm goes from 03:00 summer time back to 02:00 winter time; that day has 25 hours
        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-10-25T00:00:00+02:00[Europe/Stockholm]")))
                .contains(Duration.ofHours(5));
    }

    @ParameterizedTest
    @CsvSource({"45s, PT45S", "30m, PT30M", "6h, PT6H", "1d, PT24H", "6 H, PT6H", "PT6H, PT6H", "pt90m, PT1H30M"})
    void anIntervalInShorthandOrIsoForm(String text, String expected) {
        BackupSchedule schedule = BackupSchedule.parse(text, STOCKHOLM);

        assertThat(schedule).isEqualTo(new BackupSchedule.Every(Duration.parse(expected)));
        assertThat(schedule.delayAfter(ZonedDateTime.parse("2026-12-03T10:17:00+01:00[Europe/Stockholm]")))
                .contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily", "25:00", "02:61", "02:30 Mars/Olympus", "0s", "PT0S", "-PT1H", "6 hours", "02.30"})
    void anythingElseIsRejectedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> BackupSchedule.parse(text, STOCKHOLM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kasus.backup.schedule '" + text + "'")
                .hasMessageContaining("02:30");
    }
}
