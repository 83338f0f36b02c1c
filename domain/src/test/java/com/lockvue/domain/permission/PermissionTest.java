package com.lockvue.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionTest {
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final AccountId ACCOUNT = AccountId.random();
    static final LockId LOCK = LockId.random();
    static final Recipient CODE = new Recipient.UniqueCode(UniqueCodeId.random());

    @ParameterizedTest
    @EnumSource(value = PermissionLevel.class, names = {"MAINTENANCE", "RESTRICTED"})
    void grantsAUniqueCodeMaintenanceOrRestricted(PermissionLevel level) {
        Permission permission = Permission.grant(ACCOUNT, LOCK, CODE, level, NOW);
        assertThat(permission.id()).isNotNull();
        assertThat(permission.accountId()).isEqualTo(ACCOUNT);
        assertThat(permission.lockId()).isEqualTo(LOCK);
        assertThat(permission.recipient()).isEqualTo(CODE);
        assertThat(permission.level()).isEqualTo(level);
        assertThat(permission.grantedAt()).isEqualTo(NOW);
        assertThat(permission.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void uniqueCodeRecipientCanHoldAtMostMaintenance() {
        assertThat(CODE.maximumLevel()).isEqualTo(PermissionLevel.MAINTENANCE);
    }

    @Test
    void refusesAdminToAUniqueCode() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> Permission.grant(ACCOUNT, LOCK, CODE, PermissionLevel.ADMIN, NOW));
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_LEVEL_TOO_HIGH);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/level");
    }

    @Test
    void refusesMissingLevel() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> Permission.grant(ACCOUNT, LOCK, CODE, null, NOW));
        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/level");
    }

    @Test
    void changeLevelReportsAChangeAndStampsTheUpdateTime() {
        Permission permission = Permission.grant(ACCOUNT, LOCK, CODE, PermissionLevel.RESTRICTED, NOW);
        Instant later = NOW.plusSeconds(60);
        assertThat(permission.changeLevel(PermissionLevel.MAINTENANCE, later)).isTrue();
        assertThat(permission.level()).isEqualTo(PermissionLevel.MAINTENANCE);
        assertThat(permission.updatedAt()).isEqualTo(later);
        assertThat(permission.grantedAt()).isEqualTo(NOW);
    }

    @Test
    void changeLevelToTheSameLevelReportsNoChangeAndKeepsTheUpdateTime() {
        Permission permission = Permission.grant(ACCOUNT, LOCK, CODE, PermissionLevel.RESTRICTED, NOW);
        assertThat(permission.changeLevel(PermissionLevel.RESTRICTED, NOW.plusSeconds(60))).isFalse();
        assertThat(permission.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void changeLevelRefusesAdminAndKeepsTheOldLevel() {
        Permission permission = Permission.grant(ACCOUNT, LOCK, CODE, PermissionLevel.RESTRICTED, NOW);
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> permission.changeLevel(PermissionLevel.ADMIN, NOW.plusSeconds(60)));
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_LEVEL_TOO_HIGH);
        assertThat(permission.level()).isEqualTo(PermissionLevel.RESTRICTED);
        assertThat(permission.updatedAt()).isEqualTo(NOW);
    }
}
