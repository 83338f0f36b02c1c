package com.lockvue.domain.permission;

/** What a lock can be asked to do, and the least permission each needs. */
public enum LockAction {
    UNLOCK(PermissionLevel.RESTRICTED),
    BATTERY_STATUS(PermissionLevel.MAINTENANCE),
    TIME_SYNC(PermissionLevel.MAINTENANCE);

    private final PermissionLevel minimumLevel;

    LockAction(PermissionLevel minimumLevel) {
        this.minimumLevel = minimumLevel;
    }

    public PermissionLevel minimumLevel() {
        return minimumLevel;
    }
}
