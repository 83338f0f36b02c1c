package com.lockvue.domain.permission;

import java.util.Objects;
import java.util.UUID;

public record PermissionId(UUID value) {
    public PermissionId {
        Objects.requireNonNull(value);
    }

    public static PermissionId random() {
        return new PermissionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
