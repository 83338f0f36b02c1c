package com.lockvue.lockverifier;

/**
 * The lock's free-running tick counter, in milliseconds since boot. It is never set, never goes back, keeps
 * counting through sleep, and starts again from zero when the lock reboots. Nonce freshness is measured with it,
 * so it needs no wall clock; its rate matters (a timer 1% fast or slow shifts a 60 s lifetime by 0.6 s), its
 * origin does not.
 *
 * <p>Firmware with a 32-bit millisecond counter wraps after 49.7 days: extend it to 64 bits, or an outstanding
 * nonce left that long would look young again.
 */
@FunctionalInterface
public interface MonotonicTimer {

    long millisSinceBoot();
}
