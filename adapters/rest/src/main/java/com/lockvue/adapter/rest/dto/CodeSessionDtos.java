package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CodeSessionDtos {
    private CodeSessionDtos() {
    }

    public record CodeLoginRequest(String code, String deviceId) {
        @Override
        public String toString() {
            return "CodeLoginRequest[code=****, deviceId=" + deviceId + "]";
        }
    }

    public record CodeSessionToken(String accessToken, String tokenType, Instant expiresAt,
            UniqueCodeDtos.CodeSummary uniqueCode) {
        @Override
        public String toString() {
            return "CodeSessionToken[accessToken=****, expiresAt=" + expiresAt + ", uniqueCode=" + uniqueCode + "]";
        }
    }

    public record SharedLockDto(UUID lockId, String name, String serialNumber, PermissionLevel level) {
        public static SharedLockDto of(SharedLock shared) {
            return new SharedLockDto(shared.lock().id().value(), shared.lock().name(),
                    shared.lock().serialNumber().value(), shared.level());
        }
    }

    public record CodeSessionLocks(UniqueCodeDtos.CodeSummary uniqueCode, List<SharedLockDto> items) {
    }
}
