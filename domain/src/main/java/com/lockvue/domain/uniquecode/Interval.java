package com.lockvue.domain.uniquecode;

import java.time.Instant;
import java.util.Objects;

/** A span of time that includes its first instant and excludes its last: [from, until). */
public record Interval(Instant from, Instant until) {
    public Interval {
        Objects.requireNonNull(from);
        Objects.requireNonNull(until);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
