package com.lockvue.domain.account;

import com.lockvue.domain.failure.InvalidInput;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Parses the IANA time-zone names accounts are configured with (e.g. {@code Australia/Brisbane}). */
public final class TimeZones {
    private TimeZones() {
    }

    public static ZoneId parse(String name, String field) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        if (!ZoneId.getAvailableZoneIds().contains(name) && !"UTC".equals(name)) {
            throw InvalidInput.of(field, "must be an IANA time zone such as Europe/Paris");
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw InvalidInput.of(field, "must be an IANA time zone such as Europe/Paris");
        }
    }
}
