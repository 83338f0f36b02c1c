package com.lockvue.adapter.persistence;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.CodeTerms;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.Usage;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklyWindowsText;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A unique_codes row as the domain's {@link UniqueCode}, without its value (nothing on the login, session or unlock
 * paths decrypts it), from an entity or from a plain query that selects {@link #COLUMNS}.
 */
final class UniqueCodeRows {
    /** The columns {@link #read} takes, in its order; {@code c} is the table's alias. */
    static final String COLUMNS = """
            c.id, c.account_id, c.description, c.created_at, c.starts_at, c.expires_at, c.weekly_windows, \
            c.max_unlocks, c.minutes_after_first_unlock, c.unlocks_used, c.first_unlock_at, c.suspended_at, \
            c.deleted_at, c.bound_device_id, c.bound_device_name, c.device_bound_at, c.version""";
    /** How many columns {@link #COLUMNS} has. */
    static final int COUNT = 17;

    private UniqueCodeRows() {
    }

    /** The code whose {@link #COLUMNS} start at column {@code first} of the current row. */
    static UniqueCode read(ResultSet row, int first) throws SQLException {
        int c = first;
        UniqueCodeEntity e = new UniqueCodeEntity(); // never persisted: only a carrier of the row's values
        e.id = Jdbc.uuid(row, c++);
        e.accountId = Jdbc.uuid(row, c++);
        e.description = row.getString(c++);
        e.createdAt = Jdbc.instant(row, c++);
        e.startsAt = Jdbc.instant(row, c++);
        e.expiresAt = Jdbc.instant(row, c++);
        e.weeklyWindows = row.getString(c++);
        e.maxUnlocks = Jdbc.integer(row, c++);
        e.minutesAfterFirstUnlock = Jdbc.integer(row, c++);
        e.unlocksUsed = row.getInt(c++);
        e.firstUnlockAt = Jdbc.instant(row, c++);
        e.suspendedAt = Jdbc.instant(row, c++);
        e.deletedAt = Jdbc.instant(row, c++);
        e.boundDeviceId = row.getString(c++);
        e.boundDeviceName = row.getString(c++);
        e.deviceBoundAt = Jdbc.instant(row, c++);
        e.version = row.getLong(c);
        return toDomain(e);
    }

    static UniqueCode toDomain(UniqueCodeEntity e) {
        CodeTerms terms = new CodeTerms(e.description, e.startsAt, e.expiresAt,
                WeeklyWindowsText.parse(e.weeklyWindows), new UseLimits(e.maxUnlocks, e.minutesAfterFirstUnlock));
        return new UniqueCode(new UniqueCodeId(e.id), new AccountId(e.accountId), terms, e.createdAt,
                new Usage(e.unlocksUsed, e.firstUnlockAt), e.suspendedAt, e.deletedAt,
                e.boundDeviceId == null ? null : new DeviceId(e.boundDeviceId),
                e.boundDeviceName == null ? null : new DeviceName(e.boundDeviceName), e.deviceBoundAt, e.version);
    }
}
