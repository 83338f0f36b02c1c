package com.lockvue.domain.permission;

/** How much a recipient may do with a lock, from most to least. */
public enum PermissionLevel {
    /** Everything, including managing the lock's permissions. */
    ADMIN,
    /** Unlock, plus maintenance actions (battery status, time sync). */
    MAINTENANCE,
    /** Unlock only. */
    RESTRICTED;

    public boolean atLeast(PermissionLevel other) {
        return ordinal() <= other.ordinal();
    }

    public boolean allows(LockAction action) {
        return atLeast(action.minimumLevel());
    }
}
