package com.lockvue.domain.account;

import com.lockvue.domain.failure.InvalidInput;

/** A plain-text password on its way to the hasher; never stored, logged or printed. */
public final class Password {
    public static final int MIN = 10;
    public static final int MAX = 128;
    private final String value;

    public Password(String value) {
        if (value == null || value.isEmpty()) {
            throw InvalidInput.of("/password", "is required");
        }
        if (value.length() < MIN) {
            throw InvalidInput.of("/password", "must be at least " + MIN + " characters");
        }
        if (value.length() > MAX) {
            throw InvalidInput.of("/password", "must be at most " + MAX + " characters");
        }
        this.value = value;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
