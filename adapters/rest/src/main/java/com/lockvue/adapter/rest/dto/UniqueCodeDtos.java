package com.lockvue.adapter.rest.dto;

import com.lockvue.adapter.rest.dto.AccessDtos.AccessReasonDto;
import com.lockvue.adapter.rest.dto.AccessDtos.WeeklyWindowDto;
import com.lockvue.application.view.LockAccess;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class UniqueCodeDtos {
    private UniqueCodeDtos() {
    }

    public record CreateUniqueCodeRequest(String description, OffsetDateTime startsAt, OffsetDateTime expiresAt,
            List<WeeklyWindowDto> weeklyWindows, Integer maxUnlocks, Integer expiresMinutesAfterFirstUnlock) {
    }

    public record BoundDevice(String deviceId, String name, Instant boundAt) {
    }

    public record UniqueCodeDto(UUID id, String code, String description, UniqueCodeStatus status, Instant createdAt,
            Instant startsAt, Instant expiresAt, Instant effectiveExpiresAt, List<WeeklyWindowDto> weeklyWindows,
            Integer maxUnlocks, Integer expiresMinutesAfterFirstUnlock, int unlocksUsed, Instant firstUnlockAt,
            Instant suspendedAt, Instant statusChangesAt, boolean openNow, Instant nextOpeningAt,
            List<AccessReasonDto> reasons, long sharedLockCount, BoundDevice device) {
        public static UniqueCodeDto of(UniqueCodeView view) {
            var code = view.code();
            var terms = code.terms();
            BoundDevice device = code.boundDevice().map(d -> new BoundDevice(d.value(),
                    code.deviceName().map(DeviceName::value).orElse(null), code.deviceBoundAt().orElseThrow()))
                    .orElse(null);
            return new UniqueCodeDto(code.id().value(), view.value().display(), code.description(), view.status(),
                    code.createdAt(), terms.startsAt(), terms.expiresAt(), code.effectiveExpiry(),
                    WeeklyWindowDto.of(terms.schedule()), terms.limits().maxUnlocks(),
                    terms.limits().minutesAfterFirstUnlock(), code.usage().unlocksUsed(), code.usage().firstUnlockAt(),
                    code.suspendedAt().orElse(null), view.statusChangesAt(),
                    view.access().state() == LockAccess.State.OPEN, view.access().opensAt(),
                    AccessReasonDto.of(view.access().blocks()), view.sharedLockCount(), device);
        }

        @Override
        public String toString() {
            return "UniqueCodeDto[id=" + id + ", code=****, status=" + status + ", expiresAt=" + expiresAt + "]";
        }
    }

    public record UniqueCodePage(List<UniqueCodeDto> items, String nextCursor) {
    }

    /** The code as its holder sees it: never the secret itself, which they typed. */
    public record CodeSummary(UUID id, String description, Instant startsAt, Instant expiresAt,
            UniqueCodeStatus status) {
        public static CodeSummary of(com.lockvue.application.view.CodeSummary code) {
            return new CodeSummary(code.id().value(), code.description(), code.startsAt(), code.expiresAt(),
                    code.status());
        }
    }
}
