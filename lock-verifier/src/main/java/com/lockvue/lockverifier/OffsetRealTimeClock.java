package com.lockvue.lockverifier;

import java.time.Clock;
import java.util.Objects;

/**
 * A simulated real-time clock: a base clock plus an offset that {@link #set(long)} changes, as writing an RTC
 * chip would. For hosts that run the verifier as a lock (tests, simulators); a lock uses its own RTC driver.
 */
public final class OffsetRealTimeClock implements RealTimeClock {

    private final Clock base;
    private long offsetSeconds;

    public OffsetRealTimeClock(Clock base, long offsetSeconds) {
        this.base = Objects.requireNonNull(base);
        this.offsetSeconds = offsetSeconds;
    }

    @Override
    public synchronized long epochSecond() {
        return base.instant().getEpochSecond() + offsetSeconds;
    }

    @Override
    public synchronized void set(long epochSecond) {
        offsetSeconds = epochSecond - base.instant().getEpochSecond();
    }
}
