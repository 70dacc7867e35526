package se.kasus.platform.backup;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When scheduled backups run, parsed from {@code kasus.backup.schedule}: empty or {@code off} for
 * never; a daily time {@code 02:30}, optionally with a zone ({@code 02:30 Europe/Stockholm}; without
 * one the server's default zone); or an interval, {@code 6h}, {@code 30m}, {@code 1d}, {@code 45s} or
 * ISO-8601 ({@code PT6H}).
 */
public sealed interface BackupSchedule {

    Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);

    /** How long from {@code now} until the next backup; empty when backups are not scheduled. */
    Optional<Duration> delayAfter(ZonedDateTime now);

    static BackupSchedule parse(String text, ZoneId defaultZone) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("off")) {
            return new Off();
        }
        Matcher daily = Daily.PATTERN.matcher(value);
        if (daily.matches()) {
            return Daily.of(daily, defaultZone, text);
        }
        return new Every(interval(value, text));
    }

    private static Duration interval(String value, String text) {
        Matcher shorthand = Every.SHORTHAND.matcher(value.toLowerCase(Locale.ROOT));
        Duration interval;
        if (shorthand.matches()) {
            long amount = Long.parseLong(shorthand.group(1));
            interval = switch (shorthand.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                interval = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw invalid(text);
        }
        return interval;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("kasus.backup.schedule '" + text
                + "' is neither off, a daily time (02:30, 02:30 Europe/Stockholm) nor an interval (6h, 30m, 1d, PT6H)");
    }

    /** No scheduled backups; an administrator may still ask for one. */
    record Off() implements BackupSchedule {

        @Override
        public Optional<Duration> delayAfter(ZonedDateTime now) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "off";
        }
    }

    /** Once a day at a wall-clock time in a zone; across a daylight-saving change the zone's rules decide. */
    record Daily(LocalTime time, ZoneId zone) implements BackupSchedule {

        private static final Pattern PATTERN = Pattern.compile("(\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?");

        private static Daily of(Matcher matcher, ZoneId defaultZone, String text) {
            try {
                LocalTime time = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                ZoneId zone = matcher.group(3) == null ? defaultZone : ZoneId.of(matcher.group(3));
                return new Daily(time, zone);
            } catch (DateTimeException e) {
                throw invalid(text);
            }
        }

        @Override
        public Optional<Duration> delayAfter(ZonedDateTime now) {
            ZonedDateTime local = now.withZoneSameInstant(zone);
            ZonedDateTime next = local.toLocalDate().atTime(time).atZone(zone);
            if (!next.isAfter(local)) {
                next = local.toLocalDate().plusDays(1).atTime(time).atZone(zone);
            }
            return Optional.of(Duration.between(now, next));
        }

        @Override
        public String toString() {
            return "daily at " + time + " " + zone;
        }
    }

    /** At a fixed interval, the first one interval after start. */
    record Every(Duration interval) implements BackupSchedule {

        private static final Pattern SHORTHAND = Pattern.compile("(\\d+)\\s*([smhd])");

        @Override
        public Optional<Duration> delayAfter(ZonedDateTime now) {
            return Optional.of(interval);
        }

        @Override
        public String toString() {
            return "every " + interval;
        }
    }
}
