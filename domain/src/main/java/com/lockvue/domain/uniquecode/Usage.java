package com.lockvue.domain.uniquecode;

import java.time.Instant;

/** How a code has been used: the unlock commands issued for it, and when the first was. */
public record Usage(int unlocksUsed, Instant firstUnlockAt) {
    public static Usage none() {
        return new Usage(0, null);
    }

    Usage plusUnlockAt(Instant now) {
        return new Usage(unlocksUsed + 1, firstUnlockAt == null ? now : firstUnlockAt);
    }
}
