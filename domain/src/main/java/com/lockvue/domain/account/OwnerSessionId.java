package com.lockvue.domain.account;

import java.util.Objects;
import java.util.UUID;

/** One login of an account owner; the {@code sid} of their access token. */
public record OwnerSessionId(UUID value) {
    public OwnerSessionId {
        Objects.requireNonNull(value);
    }

    public static OwnerSessionId random() {
        return new OwnerSessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
