package se.kasus.xapi.validation.format;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 combined date and time with a time zone, as xAPI timestamps are sent (RFC 3339 is the recommended
 * profile). The offset {@code -00:00} ("unknown local offset") is not a time zone and is refused.
 */
public final class IsoTimestamps {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)$");
    private static final Pattern UNKNOWN_OFFSET = Pattern.compile("^-00(?::?00)?$");

    private IsoTimestamps() {
    }

    public static boolean isTimestamp(String value) {
        if (value == null) {
            return false;
        }
        Matcher m = TIMESTAMP.matcher(value);
        return m.matches() && isRealInstant(m) && !UNKNOWN_OFFSET.matcher(m.group(7)).matches()
                && offsetInRange(m.group(7));
    }

    private static boolean isRealInstant(Matcher m) {
        try {
            LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean offsetInRange(String offset) {
        if (offset.equalsIgnoreCase("z")) {
            return true;
        }
        String digits = offset.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return hours <= 18 && minutes < 60;
    }
}
