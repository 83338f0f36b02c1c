package com.lockvue.domain.audit;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDv7 identifiers (RFC 9562): a millisecond timestamp, then a counter that keeps ids made within the same
 * millisecond in the order they were made, then random bits. Audit events made in one transaction share their
 * timestamp; these ids still list them in the order they happened.
 */
final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private TimeOrderedIds() {
    }

    static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = RANDOM.nextInt(1 << 10);
        } else if (++counter >= 1 << 12) {
            // More than 4096 ids in one millisecond: borrow the next millisecond rather than repeat an order.
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | (0x7L << 12) | counter;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
