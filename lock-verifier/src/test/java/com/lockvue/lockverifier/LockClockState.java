package com.lockvue.lockverifier;

/**
 * The states a lock's wall clock can be in when a command arrives: not set since boot (reading right, an hour
 * off, or 1970 after a dead coin cell), or set from signed time and then right or drifted an hour either way.
 */
enum LockClockState {
    UNSET_READING_RIGHT(false, 0),
    UNSET_ONE_HOUR_FAST(false, 3600),
    UNSET_ONE_HOUR_SLOW(false, -3600),
    UNSET_READING_1970(false, Long.MIN_VALUE),
    SET_AND_RIGHT(true, 0),
    SET_THEN_ONE_HOUR_FAST(true, 3600),
    SET_THEN_ONE_HOUR_SLOW(true, -3600);

    final boolean setFromSignedTime;
    private final long offsetSeconds;

    LockClockState(boolean setFromSignedTime, long offsetSeconds) {
        this.setFromSignedTime = setFromSignedTime;
        this.offsetSeconds = offsetSeconds;
    }

    /** What the lock reports about its clock when it accepts a fresh command in this state. */
    ClockReport.Change changeOnAcceptance() {
        if (!setFromSignedTime) {
            return ClockReport.Change.SET_AFTER_BOOT;
        }
        return offsetSeconds == 0 ? ClockReport.Change.KEPT : ClockReport.Change.DRIFT_CORRECTED;
    }

    /** Brings a freshly booted bench lock into this state; the signer stands in for the server. */
    void applyTo(BenchLock lock, TestKey serverKey) {
        if (setFromSignedTime) {
            byte[] sync = new TestCommand(lock.id, lock.serverSecond(), lock.nonces.issueNonce())
                    .action(CommandCodes.ACTION_TIME_SYNC, CommandCodes.LEVEL_MAINTENANCE).signedWith(serverKey);
            if (!lock.verify(sync).accepted()) {
                throw new IllegalStateException("the bench lock refused its TIME_SYNC");
            }
            lock.advanceMillis(3_600_000);
        }
        lock.rtcOff(offsetSeconds == Long.MIN_VALUE ? -lock.serverSecond() : offsetSeconds);
    }
}
