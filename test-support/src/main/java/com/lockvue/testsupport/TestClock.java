package com.lockvue.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of every module's tests: it follows real time (in microseconds, like the product's clock and
 * PostgreSQL) until a test sets it, so expiry can be checked at an exact instant; {@link #release()} makes it
 * follow real time again. Thread-safe.
 */
public class TestClock extends Clock {
    private volatile Instant fixed;

    /** A clock that follows real time until set. */
    public TestClock() {
        this(null);
    }

    /** A clock standing at {@code start} (null: following real time). */
    public TestClock(Instant start) {
        this.fixed = start == null ? null : start.truncatedTo(ChronoUnit.MICROS);
    }

    public void set(Instant instant) {
        this.fixed = instant.truncatedTo(ChronoUnit.MICROS);
    }

    public void advance(Duration duration) {
        set(instant().plus(duration));
    }

    public void release() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application clock is UTC; services must not depend on its zone");
    }
}
