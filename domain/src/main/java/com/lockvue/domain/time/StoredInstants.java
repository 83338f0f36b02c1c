package com.lockvue.domain.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database keeps them. PostgreSQL stores timestamps to the microsecond and rounds finer input (so
 * {@code 59.9999999} would become the next second); truncating first makes the instant a rule is checked on, the
 * one answered and the one stored the same.
 */
public final class StoredInstants {
    public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    private StoredInstants() {
    }

    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(PRECISION);
    }
}
