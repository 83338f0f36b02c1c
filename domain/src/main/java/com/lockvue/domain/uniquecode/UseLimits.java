package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Optional limits on use: how many unlocks a code may have (1 makes a one-time code), and how many minutes after
 * its first unlock it expires. Null means no such limit.
 */
public record UseLimits(Integer maxUnlocks, Integer minutesAfterFirstUnlock) {
    public static final int MAX_UNLOCKS = 10_000;
    /** 31 days: longer than that, the code's own expiry is the limit that matters. */
    public static final int MAX_MINUTES_AFTER_FIRST_UNLOCK = 31 * 24 * 60;

    public UseLimits {
        Check check = new Check();
        check.require(maxUnlocks == null || (maxUnlocks >= 1 && maxUnlocks <= MAX_UNLOCKS), "/maxUnlocks",
                "must be between 1 and " + MAX_UNLOCKS);
        check.require(minutesAfterFirstUnlock == null
                        || (minutesAfterFirstUnlock >= 1 && minutesAfterFirstUnlock <= MAX_MINUTES_AFTER_FIRST_UNLOCK),
                "/expiresMinutesAfterFirstUnlock", "must be between 1 and " + MAX_MINUTES_AFTER_FIRST_UNLOCK);
        check.orThrow();
    }

    public static UseLimits none() {
        return new UseLimits(null, null);
    }

    public boolean usedUp(int unlocksUsed) {
        return maxUnlocks != null && unlocksUsed >= maxUnlocks;
    }

    /** When the code expires because of its first unlock, if it has one and this limit is set. */
    public Optional<Instant> expiryAfter(Instant firstUnlockAt) {
        if (minutesAfterFirstUnlock == null || firstUnlockAt == null) {
            return Optional.empty();
        }
        return Optional.of(firstUnlockAt.plus(Duration.ofMinutes(minutesAfterFirstUnlock)));
    }
}
