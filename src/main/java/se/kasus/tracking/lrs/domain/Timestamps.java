package se.kasus.tracking.lrs.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ISO 8601 timestamps xAPI allows (any fraction, offsets {@code Z}, {@code +hh}, {@code +hhmm}, {@code +hh:mm}). */
public final class Timestamps {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:([Zz])|([+-])(\\d{2}):?(\\d{2})?)$");

    private Timestamps() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = TIMESTAMP.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                    m.group(6) == null ? 0 : number(m, 6), Integer.parseInt(fraction));
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(8) == null) {
                if ("-".equals(m.group(9)) && "00".equals(m.group(10)) && (m.group(11) == null || "00".equals(m.group(11)))) {
                    return Optional.empty();
                }
                int sign = "-".equals(m.group(9)) ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(m, 10), sign * (m.group(11) == null ? 0 : number(m, 11)));
            }
            return Optional.of(local.toInstant(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
