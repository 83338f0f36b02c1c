package com.lockvue.bootstrap.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application's clock in tests: real time (in microseconds, like the production clock) until a test pins
 * it, so expiry can be checked at an exact instant. Tests that pin it must {@link #release()} it.
 */
@Alternative
@Priority(1)
@Singleton
public class ControllableClock extends Clock {
    private volatile Instant pinned;

    public void pin(Instant instant) {
        this.pinned = instant.truncatedTo(ChronoUnit.MICROS);
    }

    public void advance(Duration duration) {
        pin(instant().plus(duration));
    }

    public void release() {
        this.pinned = null;
    }

    @Override
    public Instant instant() {
        Instant fixed = pinned;
        return fixed != null ? fixed : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application clock is UTC");
    }
}
