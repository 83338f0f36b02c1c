package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.LockAccess;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CodeSessionDtos {
    private CodeSessionDtos() {
    }

    public record CodeLoginRequest(String code, String deviceId, String deviceName) {
        @Override
        public String toString() {
            return "CodeLoginRequest[code=****, deviceId=" + deviceId + "]";
        }
    }

    public record DeviceNamePatch(String deviceName) {
    }

    public record CodeSessionDevice(String deviceId, String deviceName) {
    }

    public record CodeSessionToken(String accessToken, String tokenType, Instant expiresAt,
            UniqueCodeDtos.CodeSummary uniqueCode) {
        @Override
        public String toString() {
            return "CodeSessionToken[accessToken=****, expiresAt=" + expiresAt + ", uniqueCode=" + uniqueCode + "]";
        }
    }

    /** Every lock of a code shows the code's access now: one code opens all its locks at the same times. */
    public record SharedLockDto(UUID lockId, String name, String serialNumber, PermissionLevel level,
            AccessDtos.LockAccessDto access) {
        public static SharedLockDto of(SharedLock shared, LockAccess access) {
            return new SharedLockDto(shared.lock().id().value(), shared.lock().name(),
                    shared.lock().serialNumber().value(), shared.level(), AccessDtos.LockAccessDto.of(access));
        }
    }

    public record CodeSessionLocks(UniqueCodeDtos.CodeSummary uniqueCode, List<SharedLockDto> items) {
    }
}
