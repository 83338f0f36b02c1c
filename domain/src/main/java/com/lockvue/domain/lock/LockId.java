package com.lockvue.domain.lock;

import java.util.Objects;
import java.util.UUID;

public record LockId(UUID value) {
    public LockId {
        Objects.requireNonNull(value);
    }

    public static LockId random() {
        return new LockId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
