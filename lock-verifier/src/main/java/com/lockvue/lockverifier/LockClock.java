package com.lockvue.lockverifier;

import java.util.Objects;

/**
 * The lock's wall clock as the verifier keeps it: the real-time clock chip, and whether it has been set from the
 * server's signed time since boot. Command validity never depends on it (the nonce and the monotonic timer decide
 * that, see {@link LockCommandVerifier}); it is kept right for what needs a date, such as the lock's own log.
 *
 * <p>A fresh command is a signed time reading: the lock issued its nonce before the server signed, and the server
 * signed before the command arrived, so the server's time on arrival lies in {@code [iat, iat + 1 s + nonce age]}
 * (the second because iat is truncated). The clock is set to iat when it has not been set since boot, when it
 * reads more than {@link #TOLERANCE_SECONDS} outside that window, or when the command is a TIME_SYNC.
 *
 * <p>Only the flag is state, held in RAM: after a reboot the chip may still count, but its reading is not
 * trusted until the next accepted command sets it.
 */
public final class LockClock {

    /**
     * How far the clock may be from the signed time before the lock steps it. Wide enough that the phone's round
     * trip (which widens the window) does not make the clock jump on every command; narrow enough that the lock's
     * log stays within seconds of the server's.
     */
    public static final long TOLERANCE_SECONDS = 5;

    private final RealTimeClock rtc;
    private boolean setSinceBoot;

    public LockClock(RealTimeClock rtc) {
        this.rtc = Objects.requireNonNull(rtc);
    }

    public synchronized boolean isSetSinceBoot() {
        return setSinceBoot;
    }

    /** What the real-time clock reads; a date only once {@link #isSetSinceBoot()}. */
    public synchronized long read() {
        return rtc.epochSecond();
    }

    /** Follows the signed time of a command that passed every check; call once per accepted command. */
    synchronized ClockReport follow(long iat, long nonceAgeMillis, boolean timeSync) {
        long before = rtc.epochSecond();
        ClockReport.Change change;
        if (timeSync) {
            change = ClockReport.Change.TIME_SYNC;
        } else if (!setSinceBoot) {
            change = ClockReport.Change.SET_AFTER_BOOT;
        } else if (!agreesWith(before, iat, nonceAgeMillis)) {
            change = ClockReport.Change.DRIFT_CORRECTED;
        } else {
            return new ClockReport(ClockReport.Change.KEPT, before, before);
        }
        rtc.set(iat);
        setSinceBoot = true;
        return new ClockReport(change, before, iat);
    }

    private static boolean agreesWith(long reading, long iat, long nonceAgeMillis) {
        long latestMillis = (iat + 1 + TOLERANCE_SECONDS) * 1000 + nonceAgeMillis;
        return reading >= iat - TOLERANCE_SECONDS && reading * 1000 <= latestMillis;
    }
}
