package com.lockvue.application.service;

import java.time.Duration;

/**
 * How many login attempts one client address, and one device or email, may make per window. Set by
 * configuration; the defaults are in the bootstrap module's application.properties.
 */
public record LoginLimits(int perAddress, int perSubject, Duration window) {
    public LoginLimits {
        if (perAddress < 1 || perSubject < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("login limits must be positive");
        }
    }
}
