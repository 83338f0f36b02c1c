package com.lockvue.application.fakes;

import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import com.lockvue.application.port.out.IdempotencyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The store's rules in a map: claims with leases, answers, expiry. */
public final class InMemoryIdempotencyStore implements IdempotencyStore, Transactional {
    private record Entry(byte[] fingerprint, UUID claim, Instant leaseUntil, byte[] answer, Instant expiresAt) {
    }

    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

    @Override
    public Claim claim(IdempotencyKey key, byte[] fingerprint, Instant now, Duration lease, Duration retention) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt().isAfter(now)) {
            if (!Arrays.equals(entry.fingerprint(), fingerprint)) {
                return new OtherRequest();
            }
            if (entry.answer() != null) {
                return new Done(entry.answer());
            }
            if (entry.leaseUntil().isAfter(now)) {
                return new Running();
            }
        }
        UUID claim = UUID.randomUUID();
        entries.put(key, new Entry(fingerprint, claim, now.plus(lease), null, now.plus(retention)));
        return new Claimed(claim);
    }

    @Override
    public boolean complete(IdempotencyKey key, UUID claimId, byte[] answer) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.claim().equals(claimId) || entry.answer() != null) {
            return false;
        }
        entries.put(key, new Entry(entry.fingerprint(), claimId, entry.leaseUntil(), answer, entry.expiresAt()));
        return true;
    }

    @Override
    public void release(IdempotencyKey key, UUID claimId) {
        entries.computeIfPresent(key, (k, e) -> e.claim().equals(claimId) && e.answer() == null ? null : e);
    }

    public int size() {
        return entries.size();
    }

    @Override
    public Runnable snapshot() {
        Map<IdempotencyKey, Entry> copy = new HashMap<>(entries);
        return () -> {
            entries.clear();
            entries.putAll(copy);
        };
    }
}
