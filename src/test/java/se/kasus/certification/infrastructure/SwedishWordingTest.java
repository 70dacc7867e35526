package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SwedishWordingTest {

    @Test
    void datesAreWrittenOutInSwedish() {
        assertThat(SwedishWording.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 december 2026");
        assertThat(SwedishWording.date(LocalDate.of(2027, 5, 21))).isEqualTo("21 maj 2027");
    }

    @Test
    void studyTimesAreRoundedEstimates() {
        assertThat(SwedishWording.studyTime(Duration.ofMinutes(2))).isEqualTo("cirka 5 minuter");
        assertThat(SwedishWording.studyTime(Duration.ofMinutes(43))).isEqualTo("cirka 45 minuter");
        assertThat(SwedishWording.studyTime(Duration.ofMinutes(58))).isEqualTo("cirka 1 timme");
        assertThat(SwedishWording.studyTime(Duration.ofMinutes(95))).isEqualTo("cirka 1,5 timmar");
        assertThat(SwedishWording.studyTime(Duration.ofHours(4))).isEqualTo("cirka 4 timmar");
    }

    @Test
    void verificationCodesAreShownInGroupsOfFour() {
        assertThat(SwedishWording.groupedCode("7K4QM2XW9PRTHC3N")).isEqualTo("7K4Q-M2XW-9PRT-HC3N");
        assertThat(SwedishWording.groupedCode("7k4q m2xw-9prt-hc3n")).isEqualTo("7K4Q-M2XW-9PRT-HC3N");
    }
}
