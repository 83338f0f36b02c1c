package com.lockvue.application.service;

import java.time.Duration;

/**
 * How many signed lock commands one session (a code session, or an owner's) may have per {@code window}, and
 * how many all code sessions together may have for one lock. Generous for people at a door, tight for a script.
 */
public record LockCommandLimits(int perSession, int perLock, Duration window) {
    public LockCommandLimits {
        if (perSession < 1 || perLock < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("lock command limits must be positive");
        }
    }
}
