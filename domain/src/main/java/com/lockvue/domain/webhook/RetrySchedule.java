package com.lockvue.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the attempts of one delivery are made: the first as soon as the event is committed ({@code delays.get(0)}
 * is zero), each next one the following delay after the attempt before it failed. After the last, the delivery has
 * failed for good.
 */
public record RetrySchedule(List<Duration> delays) {
    /** Standard Webhooks' example, shortened: 27 h 35 min 5 s from the first attempt to the last. */
    public static final RetrySchedule PUBLISHED = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)));

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.size() > 20) {
            throw new IllegalArgumentException("a retry schedule has 1 to 20 attempts");
        }
        if (delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule's delays are zero or more");
        }
        if (!delays.get(0).isZero()) {
            throw new IllegalArgumentException("the first attempt of a delivery is immediate: the schedule starts with PT0S");
        }
    }

    public int attempts() {
        return delays.size();
    }

    /** After {@code attemptsMade} failed attempts, the last at {@code failedAt}: when to try again, if at all. */
    public Optional<Instant> nextAttemptAt(int attemptsMade, Instant failedAt) {
        return attemptsMade < delays.size() ? Optional.of(failedAt.plus(delays.get(attemptsMade))) : Optional.empty();
    }
}
