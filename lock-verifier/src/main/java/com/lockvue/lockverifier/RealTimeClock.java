package com.lockvue.lockverifier;

/**
 * The lock's real-time clock chip: whole seconds since 1970-01-01T00:00:00Z, counting on its own crystal. On a
 * coin cell it may keep counting through a reboot, and it drifts (a 20 ppm crystal gains or loses 1-2 s a day,
 * more in the cold), so a reading is only as good as the last time it was set from signed time; {@link LockClock}
 * remembers whether that happened since boot.
 */
public interface RealTimeClock {

    long epochSecond();

    void set(long epochSecond);
}
