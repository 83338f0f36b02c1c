package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.InvalidInput;
import java.util.regex.Pattern;

/** The identifier the mobile app sends for the phone it runs on. */
public record DeviceId(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9._:-]{8,128}$");

    public DeviceId {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("/deviceId", "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("/deviceId", "must be 8 to 128 letters, digits or . _ : -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
