package com.lockvue.lockverifier;

import java.util.Objects;

/**
 * What the lock's wall clock did while it accepted a command, reported back with the result so the app (and the
 * server, through it) can see a lock that had drifted or rebooted. Times are seconds since the epoch; {@code
 * before} is what the real-time clock read, trusted or not.
 */
public record ClockReport(Change change, long before, long after) {

    public enum Change {
        /** The clock agreed with the command's signed time within the tolerance and was left alone. */
        KEPT,
        /** The first command accepted since boot: the clock was set to the command's iat. */
        SET_AFTER_BOOT,
        /** The clock was more than the tolerance off the signed time: it was set to the command's iat. */
        DRIFT_CORRECTED,
        /** A TIME_SYNC command: the clock was set to its iat whatever it read. */
        TIME_SYNC
    }

    public ClockReport {
        Objects.requireNonNull(change);
    }

    public boolean clockWasSet() {
        return change != Change.KEPT;
    }
}
