package com.lockvue.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionLevelTest {

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource({
            "ADMIN,       UNLOCK,         true",
            "ADMIN,       BATTERY_STATUS, true",
            "ADMIN,       TIME_SYNC,      true",
            "MAINTENANCE, UNLOCK,         true",
            "MAINTENANCE, BATTERY_STATUS, true",
            "MAINTENANCE, TIME_SYNC,      true",
            "RESTRICTED,  UNLOCK,         true",
            "RESTRICTED,  BATTERY_STATUS, false",
            "RESTRICTED,  TIME_SYNC,      false"})
    void allowsMatrix(PermissionLevel level, LockAction action, boolean allowed) {
        assertThat(level.allows(action)).isEqualTo(allowed);
    }

    @Test
    void levelsAreOrderedAdminAboveMaintenanceAboveRestricted() {
        assertThat(PermissionLevel.ADMIN.atLeast(PermissionLevel.MAINTENANCE)).isTrue();
        assertThat(PermissionLevel.MAINTENANCE.atLeast(PermissionLevel.RESTRICTED)).isTrue();
        assertThat(PermissionLevel.ADMIN.atLeast(PermissionLevel.RESTRICTED)).isTrue();
        assertThat(PermissionLevel.RESTRICTED.atLeast(PermissionLevel.MAINTENANCE)).isFalse();
        assertThat(PermissionLevel.MAINTENANCE.atLeast(PermissionLevel.ADMIN)).isFalse();
        for (PermissionLevel level : PermissionLevel.values()) {
            assertThat(level.atLeast(level)).isTrue();
        }
    }

    @Test
    void unlockNeedsOnlyRestrictedAndMaintenanceActionsNeedMaintenance() {
        assertThat(LockAction.UNLOCK.minimumLevel()).isEqualTo(PermissionLevel.RESTRICTED);
        assertThat(LockAction.BATTERY_STATUS.minimumLevel()).isEqualTo(PermissionLevel.MAINTENANCE);
        assertThat(LockAction.TIME_SYNC.minimumLevel()).isEqualTo(PermissionLevel.MAINTENANCE);
    }
}
