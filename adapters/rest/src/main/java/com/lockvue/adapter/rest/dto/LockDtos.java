package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.LockListing;
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

    public record Recipient(UUID uniqueCodeId, String description) {
    }

    public record SharedWith(long count, List<Recipient> recipients) {
    }

    /** A lock on My Locks: with how many codes it is shared to, and the first few of them. */
    public record LockListItem(UUID id, String serialNumber, String name, Instant activatedAt, SharedWith sharedWith) {
        public static LockListItem of(LockListing listing) {
            Lock lock = listing.lock();
            return new LockListItem(lock.id().value(), lock.serialNumber().value(), lock.name(), lock.activatedAt(),
                    new SharedWith(listing.shareCount(), listing.recipients().stream()
                            .map(r -> new Recipient(r.uniqueCodeId().value(), r.description())).toList()));
        }
    }

    public record LockPage(List<LockListItem> items, String nextCursor) {
    }
}
