package se.kasus.platform.time;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j's time taken from the injected clock, so rate limits follow a clock a test moves. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
