package com.lockvue.domain.uniquecode;

import java.time.Instant;
import java.util.Objects;

/**
 * One reason a code cannot do something now, with a stable code for clients and, where it has one, the instant it
 * stops applying ({@code until}), since when it applies ({@code since}) and who it is about ({@code subject}: a
 * device or an address, never a secret).
 */
public record AccessBlock(Reason reason, Instant until, Instant since, String subject) {
    public AccessBlock {
        Objects.requireNonNull(reason);
    }

    public static AccessBlock of(Reason reason) {
        return new AccessBlock(reason, null, null, null);
    }

    public static AccessBlock until(Reason reason, Instant until) {
        return new AccessBlock(reason, until, null, null);
    }

    /** Stable; clients match on {@link #slug()}. Never rename one. */
    public enum Reason {
        UNIQUE_CODES_DISABLED("unique-codes-disabled"),
        NOT_STARTED("not-started"),
        EXPIRED("expired"),
        SUSPENDED("suspended"),
        EXHAUSTED("exhausted"),
        OUTSIDE_WINDOWS("outside-windows"),
        LOCK_NOT_SHARED("lock-not-shared"),
        PERMISSION_REVOKED("permission-revoked"),
        LEVEL_TOO_LOW("level-too-low"),
        BOUND_TO_OTHER_DEVICE("bound-to-other-device"),
        DEVICE_RATE_LIMITED("device-rate-limited"),
        ADDRESS_RATE_LIMITED("address-rate-limited"),
        LOCK_COMMANDS_RATE_LIMITED("lock-commands-rate-limited");

        private final String slug;

        Reason(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }
}
