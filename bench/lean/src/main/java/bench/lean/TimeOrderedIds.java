package bench.lean;

import java.security.SecureRandom;
import java.util.UUID;

/** The audit ids the product makes (its domain TimeOrderedIds, package-private there): UUIDv7, ordered. */
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
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | (0x7L << 12) | counter;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
