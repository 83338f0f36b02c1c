package com.lockvue.domain.webhook;

import java.util.Arrays;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * An endpoint's signing secret (Standard Webhooks, symmetric): 32 random bytes, shown to the owner once as
 * {@code whsec_} followed by their base64. Never printed by {@link #toString()}.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    private final byte[] key;

    public WebhookSecret(byte[] key) {
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("a webhook secret is 24 to 64 bytes");
        }
        this.key = key.clone();
    }

    public static WebhookSecret generate(RandomGenerator secureRandom) {
        byte[] key = new byte[BYTES];
        secureRandom.nextBytes(key);
        return new WebhookSecret(key);
    }

    public byte[] key() {
        return key.clone();
    }

    /** What the owner copies into their receiver, once. */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret s && java.security.MessageDigest.isEqual(key, s.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
