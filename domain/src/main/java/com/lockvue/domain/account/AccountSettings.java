package com.lockvue.domain.account;

import java.time.ZoneId;
import java.util.Objects;

/** What an account owner sets in Settings. Unique Codes are off until the owner turns them on. */
public record AccountSettings(boolean uniqueCodesEnabled, ZoneId timeZone) {
    public AccountSettings {
        Objects.requireNonNull(timeZone);
    }

    public static AccountSettings defaults(ZoneId timeZone) {
        return new AccountSettings(false, timeZone);
    }

    public AccountSettings withUniqueCodesEnabled(boolean enabled) {
        return new AccountSettings(enabled, timeZone);
    }

    public AccountSettings withTimeZone(ZoneId zone) {
        return new AccountSettings(uniqueCodesEnabled, zone);
    }
}
