package com.lockvue.application.service;

import java.time.Duration;

/**
 * How many sign-ups one client address may make per {@code addressWindow}, and all clients together per
 * {@code totalWindow}. Set by configuration; the defaults are in the bootstrap module's application.properties.
 */
public record SignUpLimits(int perAddress, Duration addressWindow, int total, Duration totalWindow) {
    public SignUpLimits {
        if (perAddress < 1 || total < 1 || !positive(addressWindow) || !positive(totalWindow)) {
            throw new IllegalArgumentException("sign-up limits must be positive");
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
