package com.lockvue.lockverifier;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The lock's memory of nonces: it issues random 16-byte nonces, remembers when (by its monotonic timer), and
 * accepts each at most once.
 *
 * <p>Memory is bounded as on a microcontroller: at most {@code capacity} outstanding nonces (issuing another
 * forgets the oldest) and the last {@code 4 * capacity} consumed ones, kept only to report a replay precisely. A
 * nonce that is in neither set is refused as unknown, so forgetting never lets a command through twice.
 *
 * <p>All of it is RAM and none of it survives a reboot, which is safe: a nonce issued before the reboot is no
 * longer outstanding, so every command signed for one is refused, replays included. It relies on the random
 * generator being seeded afresh at every boot; one that restarts from a fixed seed would issue the same nonces
 * again and let old commands back in.
 */
public final class NonceRegistry {

    public static final int NONCE_LENGTH = 16;
    public static final int DEFAULT_CAPACITY = 8;
    /** How long after issuing it the lock accepts a command for a nonce: the phone's whole round trip. */
    public static final long LIFETIME_MILLIS = 60_000;

    private final SecureRandom random;
    private final int capacity;
    private final MonotonicTimer timer;
    private final Map<String, Long> issuedAt = new LinkedHashMap<>();
    private final Set<String> consumed = new LinkedHashSet<>();

    public NonceRegistry(MonotonicTimer timer) {
        this(new SecureRandom(), DEFAULT_CAPACITY, timer);
    }

    public NonceRegistry(SecureRandom random, int capacity, MonotonicTimer timer) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.random = random;
        this.capacity = capacity;
        this.timer = timer;
    }

    /** What the lock hands the phone over BLE before each command. */
    public synchronized byte[] issueNonce() {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        issuedAt.put(key(nonce), timer.millisSinceBoot());
        if (issuedAt.size() > capacity) {
            removeOldest(issuedAt.keySet());
        }
        return nonce;
    }

    /** Milliseconds since this lock issued the nonce, or -1 when it holds no such outstanding nonce. */
    public synchronized long ageMillis(byte[] nonce) {
        Long tick = issuedAt.get(key(nonce));
        return tick == null ? -1 : timer.millisSinceBoot() - tick;
    }

    /** Whether the nonce is among the recently consumed ones (to tell a replay from an unknown nonce). */
    public synchronized boolean wasConsumed(byte[] nonce) {
        return consumed.contains(key(nonce));
    }

    /**
     * Uses up an outstanding nonce; only call once every other check has passed. False if it was not outstanding,
     * so two racing commands for one nonce cannot both be accepted.
     */
    public synchronized boolean consume(byte[] nonce) {
        String key = key(nonce);
        if (issuedAt.remove(key) == null) {
            return false;
        }
        consumed.add(key);
        if (consumed.size() > 4 * capacity) {
            removeOldest(consumed);
        }
        return true;
    }

    private static void removeOldest(Set<String> set) {
        Iterator<String> oldest = set.iterator();
        oldest.next();
        oldest.remove();
    }

    private static String key(byte[] nonce) {
        return HexFormat.of().formatHex(nonce);
    }
}
