package se.kasus.archfixture.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.function.Supplier;

/** Five reads of the system clock, four of them through method references, and one read of a given clock. */
public class ClockReads {

    Supplier<Instant> instant() {
        return Instant::now;
    }

    Supplier<LocalDate> date() {
        return LocalDate::now;
    }

    Supplier<Clock> clock() {
        return Clock::systemUTC;
    }

    Supplier<Date> legacyDate() {
        return Date::new;
    }

    Instant called() {
        return Instant.now();
    }

    Instant fromTheGivenClock(Clock clock) {
        return Instant.now(clock);
    }
}
