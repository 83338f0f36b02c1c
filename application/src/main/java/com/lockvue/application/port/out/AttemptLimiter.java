package com.lockvue.application.port.out;

import com.lockvue.domain.failure.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key in fixed windows, in storage shared by every server instance. Each call counts one
 * attempt and says whether it is within the limit; an attempt that turned out well can be taken back, so that a
 * limit counts failures only.
 */
public interface AttemptLimiter {

    Decision register(String key, int limit, Duration window, Instant now);

    /**
     * Counts an attempt for {@code first}, then, only if that was allowed, for {@code second} (a narrower limit
     * before a wider one: a caller its own limit refuses is not counted against everyone's). The second decision is
     * {@link Decision#allow()} when it was not counted. A store may do both in one round trip.
     */
    default Decision[] registerBoth(String first, int firstLimit, String second, int secondLimit, Duration window,
            Instant now) {
        Decision one = register(first, firstLimit, window, now);
        return new Decision[] {one, one.allowed() ? register(second, secondLimit, window, now) : Decision.allow()};
    }

    /** Takes back one attempt counted for {@code key} in its current window (none is taken back from an old one). */
    void forgive(String key, Duration window, Instant now);

    /**
     * Until when the next attempt for {@code key} would be refused, without counting one; empty if it would be allowed.
     */
    Optional<Instant> blockedUntil(String key, int limit, Duration window, Instant now);

    /**
     * @param firstRefusal true for exactly one refused attempt per key and window (the first over the limit), so
     *                     that a refusal can be recorded once per window instead of once per request
     * @param count        the counter after this attempt, or null for an attempt that was not counted
     */
    record Decision(boolean allowed, Duration retryAfter, boolean firstRefusal, Count count) {
        public Decision(boolean allowed, Duration retryAfter, boolean firstRefusal) {
            this(allowed, retryAfter, firstRefusal, null);
        }

        /** Not counted at all (a limit that did not apply). */
        public static Decision allow() {
            return new Decision(true, Duration.ZERO, false, null);
        }

        /** The counter as this attempt left it: for telling the caller where they stand. */
        public record Count(int limit, Duration window, int attempts, Duration resetAfter) {
        }

        /** Where the caller stands in this limit, under the policy name given; empty if it was not counted. */
        public Optional<RateLimitStatus> status(String policy) {
            return Optional.ofNullable(count).map(c -> new RateLimitStatus(policy, c.limit(), c.window(),
                    c.limit() - c.attempts(), c.resetAfter()));
        }

        /** The longer wait of two refusals (or the one refusal). */
        public static Duration longestWait(Decision... decisions) {
            Duration longest = Duration.ZERO;
            for (Decision decision : decisions) {
                if (!decision.allowed() && decision.retryAfter().compareTo(longest) > 0) {
                    longest = decision.retryAfter();
                }
            }
            return longest;
        }
    }
}
