package com.lockvue.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts per key in fixed windows, in storage shared by every server instance. Each call counts one
 * attempt and says whether it is within the limit.
 */
public interface AttemptLimiter {

    Decision register(String key, int limit, Duration window, Instant now);

    record Decision(boolean allowed, Duration retryAfter) {
        public static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }
    }
}
