package com.lockvue.lockverifier;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The lock's memory of nonces: it issues random 16-byte nonces and accepts each at most once.
 *
 * <p>Memory is bounded as on a microcontroller: at most {@code capacity} outstanding nonces (issuing another
 * forgets the oldest) and the last {@code 4 * capacity} consumed ones, kept only to report a replay precisely. A
 * nonce that is in neither set is refused as unknown, so forgetting never lets a command through twice.
 */
public final class NonceRegistry {

    public static final int NONCE_LENGTH = 16;
    public static final int DEFAULT_CAPACITY = 8;

    /** Outcome of {@link #consume(byte[])}. */
    public enum Use { FRESH, UNKNOWN, REPLAYED }

    private final SecureRandom random;
    private final int capacity;
    private final Set<String> issued = new LinkedHashSet<>();
    private final Set<String> consumed = new LinkedHashSet<>();

    public NonceRegistry() {
        this(new SecureRandom(), DEFAULT_CAPACITY);
    }

    public NonceRegistry(SecureRandom random, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.random = random;
        this.capacity = capacity;
    }

    /** What the lock hands the phone over BLE before each command. */
    public synchronized byte[] issueNonce() {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        addBounded(issued, key(nonce), capacity);
        return nonce;
    }

    /** Marks the nonce used if it is outstanding; only call once every other check has passed. */
    public synchronized Use consume(byte[] nonce) {
        String key = key(nonce);
        if (issued.remove(key)) {
            addBounded(consumed, key, 4 * capacity);
            return Use.FRESH;
        }
        return consumed.contains(key) ? Use.REPLAYED : Use.UNKNOWN;
    }

    private static void addBounded(Set<String> set, String key, int limit) {
        set.add(key);
        if (set.size() > limit) {
            Iterator<String> oldest = set.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private static String key(byte[] nonce) {
        return HexFormat.of().formatHex(nonce);
    }
}
