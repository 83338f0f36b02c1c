package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class UniqueCodeDtos {
    private UniqueCodeDtos() {
    }

    public record CreateUniqueCodeRequest(String description, OffsetDateTime expiresAt) {
    }

    public record BoundDevice(String deviceId, Instant boundAt) {
    }

    public record UniqueCodeDto(UUID id, String code, String description, UniqueCodeStatus status, Instant createdAt,
            Instant expiresAt, long sharedLockCount, BoundDevice device) {
        public static UniqueCodeDto of(UniqueCodeView view) {
            var code = view.code();
            BoundDevice device = code.boundDevice()
                    .map(d -> new BoundDevice(d.value(), code.deviceBoundAt().orElseThrow())).orElse(null);
            return new UniqueCodeDto(code.id().value(), view.value().display(), code.description(), view.status(),
                    code.createdAt(), code.expiresAt(), view.sharedLockCount(), device);
        }

        @Override
        public String toString() {
            return "UniqueCodeDto[id=" + id + ", code=****, status=" + status + ", expiresAt=" + expiresAt + "]";
        }
    }

    public record UniqueCodePage(List<UniqueCodeDto> items, String nextCursor) {
    }

    /** The code as its holder sees it: never the secret itself, which they typed. */
    public record CodeSummary(UUID id, String description, Instant expiresAt) {
        public static CodeSummary of(com.lockvue.application.view.CodeSummary code) {
            return new CodeSummary(code.id().value(), code.description(), code.expiresAt());
        }
    }
}
