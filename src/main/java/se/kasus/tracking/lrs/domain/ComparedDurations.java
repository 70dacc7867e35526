package se.kasus.tracking.lrs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as statements are compared: "any precision beyond 0.01 second precision shall not be included in the
 * comparison" (xAPI 2.0 Data 4.2.7, the same in xAPI 1.0.3 Data 4.6), so the seconds are cut to hundredths and
 * written without trailing zeros. Everything else of the duration is compared as written ({@code PT1H} is not
 * {@code PT60M}).
 */
public final class ComparedDurations {

    private static final Pattern SECONDS = Pattern.compile("(\\d+)(?:[.,](\\d+))?S$");

    private ComparedDurations() {
    }

    /** The duration as it is compared, or null for null. */
    public static String of(String duration) {
        if (duration == null) {
            return null;
        }
        Matcher m = SECONDS.matcher(duration);
        if (!m.find()) {
            return duration;
        }
        BigDecimal seconds = new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)))
                .setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        return duration.substring(0, m.start()) + seconds.toPlainString() + "S";
    }
}
