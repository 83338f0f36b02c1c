package com.lockvue.domain.uniquecode;

import java.util.Objects;
import java.util.UUID;

public record UniqueCodeId(UUID value) {
    public UniqueCodeId {
        Objects.requireNonNull(value);
    }

    public static UniqueCodeId random() {
        return new UniqueCodeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
