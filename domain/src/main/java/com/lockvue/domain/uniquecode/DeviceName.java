package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.Check;

/** What the guest calls their phone ("Anna's phone"), shown to the owner beside the device id. */
public record DeviceName(String value) {
    public static final int MAX = 60;

    public DeviceName {
        value = Check.requireText(value, "/deviceName", 1, MAX);
    }

    public static DeviceName parseOptional(String raw) {
        return raw == null ? null : new DeviceName(raw);
    }
}
