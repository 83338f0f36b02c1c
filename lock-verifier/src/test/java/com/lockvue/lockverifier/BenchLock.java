package com.lockvue.lockverifier;

import java.security.PublicKey;
import java.util.Map;
import java.util.UUID;

/**
 * A lock on the test bench. Time stands still until the test advances it; the server's clock is the true time,
 * the lock's monotonic timer counts from its last boot, and its real-time clock runs with true time but can be
 * put off by any amount, as drift or a dead coin cell would. Rebooting loses what a lock keeps in RAM and keeps
 * the real-time clock counting.
 */
final class BenchLock {

    final UUID id;
    private final Map<String, PublicKey> trustedKeys;
    private long trueMillis;
    private long bootMillis;
    private long rtcOffsetSeconds;
    private final MonotonicTimer timer = () -> trueMillis - bootMillis;
    private final RealTimeClock rtc = new RealTimeClock() {
        @Override
        public long epochSecond() {
            return serverSecond() + rtcOffsetSeconds;
        }

        @Override
        public void set(long epochSecond) {
            rtcOffsetSeconds = epochSecond - serverSecond();
        }
    };
    NonceRegistry nonces;
    LockClock clock;
    LockCommandVerifier verifier;

    BenchLock(UUID id, Map<String, PublicKey> trustedKeys, long serverEpochSecond) {
        this.id = id;
        this.trustedKeys = trustedKeys;
        this.trueMillis = serverEpochSecond * 1000;
        boot();
    }

    void boot() {
        bootMillis = trueMillis;
        nonces = new NonceRegistry(timer);
        clock = new LockClock(rtc);
        verifier = new LockCommandVerifier(id, trustedKeys, nonces, clock);
    }

    void advanceMillis(long millis) {
        trueMillis += millis;
    }

    /** The server's clock, in the whole seconds it signs. */
    long serverSecond() {
        return Math.floorDiv(trueMillis, 1000);
    }

    /** Puts the real-time clock {@code seconds} ahead of true time (behind if negative). */
    void rtcOff(long seconds) {
        rtcOffsetSeconds = seconds;
    }

    long rtcReads() {
        return rtc.epochSecond();
    }

    Result verify(byte[] message) {
        return verifier.verify(message);
    }
}
