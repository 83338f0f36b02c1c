package com.lockvue.adapter.rest.dto;

import com.lockvue.domain.lock.Lock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class LockDtos {
    private LockDtos() {
    }

    public record ActivateLockRequest(String serialNumber, String name) {
    }

    public record LockDto(UUID id, String serialNumber, String name, Instant activatedAt) {
        public static LockDto of(Lock lock) {
            return new LockDto(lock.id().value(), lock.serialNumber().value(), lock.name(), lock.activatedAt());
        }
    }

    public record LockPage(List<LockDto> items, String nextCursor) {
    }
}
