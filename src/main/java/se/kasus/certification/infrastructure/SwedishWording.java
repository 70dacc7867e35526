package se.kasus.certification.infrastructure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the certificate says dates, study times and codes in Swedish. */
final class SwedishWording {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("sv-SE"));

    private SwedishWording() {
    }

    /** "3 december 2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * "cirka 45 minuter", "cirka 1 timme", "cirka 1,5 timmar", "cirka 4 timmar": under an hour to the nearest
     * five minutes, otherwise to the nearest half hour, since the time is an estimate.
     */
    static String studyTime(Duration time) {
        long minutes = Math.max(time.toMinutes(), 1);
        if (minutes < 55) {
            long rounded = Math.max(5, Math.round(minutes / 5.0) * 5);
            return "cirka " + rounded + " minuter";
        }
        long halfHours = Math.round(minutes / 30.0);
        if (halfHours == 2) {
            return "cirka 1 timme";
        }
        String hours = halfHours % 2 == 0 ? Long.toString(halfHours / 2) : (halfHours / 2) + ",5";
        return "cirka " + hours + " timmar";
    }

    /**
     * The verification code in groups of four, as a person reads and types it: "7K4QM2XW9PRTHC3N" and
     * "7k4q-m2xw-9prt-hc3n" both become "7K4Q-M2XW-9PRT-HC3N".
     */
    static String groupedCode(String code) {
        String plain = code.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(plain, i, Math.min(i + 4, plain.length()));
        }
        return grouped.toString();
    }
}
