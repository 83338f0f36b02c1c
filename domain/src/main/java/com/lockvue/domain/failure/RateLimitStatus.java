package com.lockvue.domain.failure;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a caller stands in one rate limit after a request was counted: the policy's name, its quota per window, what
 * is left of it, and how long until the window starts again. Only limits that count the caller's own requests are
 * reported (never a count of other people's attempts).
 */
public record RateLimitStatus(String policy, int quota, Duration window, int remaining, Duration resetAfter) {
    public RateLimitStatus {
        Objects.requireNonNull(policy);
        Objects.requireNonNull(window);
        Objects.requireNonNull(resetAfter);
        remaining = Math.max(0, Math.min(quota, remaining));
    }

    /** The same after the counted attempt was taken back (a success where only failures count). */
    public RateLimitStatus oneTakenBack() {
        return new RateLimitStatus(policy, quota, window, remaining + 1, resetAfter);
    }
}
