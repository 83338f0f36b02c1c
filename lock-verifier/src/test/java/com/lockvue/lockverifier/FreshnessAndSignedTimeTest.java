package com.lockvue.lockverifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15: a command is fresh because of its nonce and the lock's monotonic timer, whatever the lock's wall
 * clock reads; the wall clock follows the server's signed time.
 */
class FreshnessAndSignedTimeTest {

    private static final long NOW = 1_772_366_400L; // 2026-03-01T12:00:00Z
    /** What a phone's round trip typically takes: nonce read, server request, BLE write. */
    private static final long ROUND_TRIP_MILLIS = 1_200;

    private final TestKey serverKey = TestKey.generate();
    private BenchLock lock;

    @BeforeEach
    void lockOnTheBench() {
        lock = new BenchLock(UUID.randomUUID(), serverKey.asTrustAnchor(), NOW);
    }

    private BenchLock in(LockClockState state) {
        state.applyTo(lock, serverKey);
        return lock;
    }

    /** The server signs at its current time for the nonce the lock just issued; the phone relays it. */
    private TestCommand freshUnlock() {
        byte[] nonce = lock.nonces.issueNonce();
        lock.advanceMillis(ROUND_TRIP_MILLIS / 2);
        return new TestCommand(lock.id, lock.serverSecond(), nonce);
    }

    private static Result rejected(Rejection reason) {
        return new Result.Rejected(reason);
    }

    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void aFreshValidCommandIsAcceptedAndTheLockThenHoldsTheServersTime(LockClockState state) {
        in(state);
        long before = lock.rtcReads();
        TestCommand unlock = freshUnlock();
        byte[] message = unlock.signedWith(serverKey);
        lock.advanceMillis(ROUND_TRIP_MILLIS / 2);

        Result result = lock.verify(message);

        assertThat(result).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            assertThat(accepted.command().action()).isEqualTo(CommandCodes.ACTION_UNLOCK);
            assertThat(accepted.clock().change()).isEqualTo(state.changeOnAcceptance());
            assertThat(accepted.clock().before()).isEqualTo(before + 1);
            if (accepted.clock().clockWasSet()) {
                assertThat(accepted.clock().after()).isEqualTo(unlock.iat);
            }
        });
        assertThat(lock.clock.isSetSinceBoot()).isTrue();
        assertThat(lock.rtcReads()).as("the lock's clock against the server's").isBetween(lock.serverSecond() - 1,
                lock.serverSecond());
    }

    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void aReplayedCommandIsRefused(LockClockState state) {
        in(state);
        byte[] message = freshUnlock().signedWith(serverKey);
        assertThat(lock.verify(message).accepted()).isTrue();
        long clockAfterFirstUse = lock.rtcReads();

        assertThat(lock.verify(message)).isEqualTo(rejected(Rejection.REPLAYED_NONCE));
        assertThat(lock.rtcReads()).isEqualTo(clockAfterFirstUse);
    }

    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void aCommandForANonceOlderThanItsLifetimeIsRefusedAndLeavesTheClockAlone(LockClockState state) {
        in(state);
        boolean wasSet = lock.clock.isSetSinceBoot();
        byte[] nonce = lock.nonces.issueNonce();
        lock.advanceMillis(NonceRegistry.LIFETIME_MILLIS);
        // Signed just now, with a full window ahead: only the nonce's age is wrong.
        byte[] message = new TestCommand(lock.id, lock.serverSecond(), nonce).signedWith(serverKey);
        long clockBefore = lock.rtcReads();

        assertThat(lock.verify(message)).isEqualTo(rejected(Rejection.NONCE_EXPIRED));
        assertThat(lock.rtcReads()).isEqualTo(clockBefore);
        assertThat(lock.clock.isSetSinceBoot()).isEqualTo(wasSet);
    }

    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void aCommandForAnotherLockIsRefused(LockClockState state) {
        in(state);
        TestCommand forAnotherLock = freshUnlock();
        forAnotherLock.audience = UUID.randomUUID();
        long clockBefore = lock.rtcReads();

        assertThat(lock.verify(forAnotherLock.signedWith(serverKey))).isEqualTo(rejected(Rejection.WRONG_AUDIENCE));
        assertThat(lock.rtcReads()).isEqualTo(clockBefore);
    }

    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void aTamperedCommandIsRefusedAndNeitherBurnsTheNonceNorMovesTheClock(LockClockState state) {
        in(state);
        byte[] message = freshUnlock().signedWith(serverKey);
        long clockBefore = lock.rtcReads();
        boolean wasSet = lock.clock.isSetSinceBoot();
        for (int i = 0; i < message.length; i++) {
            byte[] tampered = message.clone();
            tampered[i] ^= 0x01;
            assertThat(lock.verify(tampered).accepted()).as("byte %d", i).isFalse();
        }
        byte[] iatRaised = message.clone();
        iatRaised[indexOfIat(message)] ^= 0x40; // a forged signed time, one way a clock attack would go
        assertThat(lock.verify(iatRaised)).isEqualTo(rejected(Rejection.BAD_SIGNATURE));

        assertThat(lock.rtcReads()).isEqualTo(clockBefore);
        assertThat(lock.clock.isSetSinceBoot()).isEqualTo(wasSet);
        assertThat(lock.verify(message).accepted()).as("the untampered command still works").isTrue();
    }

    @Test
    void aLockWhoseClockWasSetRefusesACommandWhoseExpHasPassedByMoreThanTheTolerance() {
        in(LockClockState.SET_AND_RIGHT);
        // A code expiring 3 s after the server signs caps exp there; the phone then holds the command too long.
        TestCommand capped = freshUnlock();
        capped.exp = capped.iat + 3;
        byte[] message = capped.signedWith(serverKey);
        lock.advanceMillis((3 + LockClock.TOLERANCE_SECONDS + 1) * 1000);
        assertThat(lock.rtcReads()).isGreaterThan(capped.exp + LockClock.TOLERANCE_SECONDS);

        assertThat(lock.verify(message)).isEqualTo(rejected(Rejection.EXPIRED));
    }

    /** No tolerance past exp: the bound iat + 1 s + nonce age decides, to the millisecond, in every clock state. */
    @ParameterizedTest
    @EnumSource(LockClockState.class)
    void expiryIsExactWithoutAnyAllowance(LockClockState state) {
        in(state);
        byte[] nonce = lock.nonces.issueNonce();
        TestCommand capped = new TestCommand(lock.id, lock.serverSecond(), nonce);
        capped.exp = capped.iat + 3;
        byte[] message = capped.signedWith(serverKey);

        lock.advanceMillis(2_001); // the server's time may now be past iat + 3
        assertThat(lock.verify(message)).isEqualTo(rejected(Rejection.EXPIRED));

        byte[] second = lock.nonces.issueNonce();
        TestCommand justInTime = new TestCommand(lock.id, lock.serverSecond(), second);
        justInTime.exp = justInTime.iat + 3;
        lock.advanceMillis(2_000); // iat + 1 s + 2 s = exp: the server's time is still before exp
        assertThat(lock.verify(justInTime.signedWith(serverKey)).accepted()).isTrue();
    }

    @Test
    void theNonceLifetimeAndTheFullWindowMeetAtTheirBoundaries() {
        byte[] atLimit = lock.nonces.issueNonce();
        TestCommand signedAtOnce = new TestCommand(lock.id, lock.serverSecond(), atLimit);
        byte[] nonce = lock.nonces.issueNonce();
        TestCommand alsoAtOnce = new TestCommand(lock.id, lock.serverSecond(), nonce);
        byte[] third = lock.nonces.issueNonce();
        TestCommand thirdAtOnce = new TestCommand(lock.id, lock.serverSecond(), third);

        lock.advanceMillis(59_000); // iat + 1 s + 59 s = exp: still valid
        assertThat(lock.verify(signedAtOnce.signedWith(serverKey)).accepted()).isTrue();
        lock.advanceMillis(1); // the server's time may have reached exp
        assertThat(lock.verify(alsoAtOnce.signedWith(serverKey))).isEqualTo(rejected(Rejection.EXPIRED));
        lock.advanceMillis(999); // 60 s: the nonce itself is too old
        assertThat(lock.verify(thirdAtOnce.signedWith(serverKey))).isEqualTo(rejected(Rejection.NONCE_EXPIRED));
    }

    @Test
    void aCommandValidOnlyFromAfterItsSigningTimeIsNotYetValid() {
        TestCommand early = freshUnlock();
        early.nbf = early.iat + 1;
        early.exp = early.nbf + 30;
        assertThat(lock.verify(early.signedWith(serverKey))).isEqualTo(rejected(Rejection.NOT_YET_VALID));
    }

    @Test
    void timeSyncSetsTheClockEvenWithinTheToleranceAndReportsBothReadings() {
        in(LockClockState.SET_AND_RIGHT);
        lock.rtcOff(LockClock.TOLERANCE_SECONDS - 1);
        Result unlock = lock.verify(freshUnlock().signedWith(serverKey));
        assertThat(((Result.Accepted) unlock).clock().change()).isEqualTo(ClockReport.Change.KEPT);

        TestCommand sync = freshUnlock().action(CommandCodes.ACTION_TIME_SYNC, CommandCodes.LEVEL_MAINTENANCE);
        long before = lock.rtcReads();
        Result synced = lock.verify(sync.signedWith(serverKey));

        assertThat(synced).isEqualTo(new Result.Accepted(((Result.Accepted) synced).command(),
                new ClockReport(ClockReport.Change.TIME_SYNC, before, sync.iat)));
        assertThat(lock.rtcReads()).isEqualTo(sync.iat);
    }

    @Test
    void theClockIsSteppedOnlyWhenItReadsOutsideTheSignedWindowWidenedByTheTolerance() {
        in(LockClockState.SET_AND_RIGHT);
        long tolerance = LockClock.TOLERANCE_SECONDS;

        assertThat(changeWhenReadingIatPlus(-tolerance)).isEqualTo(ClockReport.Change.KEPT);
        assertThat(changeWhenReadingIatPlus(-tolerance - 1)).isEqualTo(ClockReport.Change.DRIFT_CORRECTED);
        // The nonce is 0 s old on arrival here, so the window is [iat, iat + 1 s].
        assertThat(changeWhenReadingIatPlus(1 + tolerance)).isEqualTo(ClockReport.Change.KEPT);
        assertThat(changeWhenReadingIatPlus(1 + tolerance + 1)).isEqualTo(ClockReport.Change.DRIFT_CORRECTED);
    }

    private ClockReport.Change changeWhenReadingIatPlus(long seconds) {
        TestCommand unlock = new TestCommand(lock.id, lock.serverSecond(), lock.nonces.issueNonce());
        lock.rtcOff(seconds);
        return ((Result.Accepted) lock.verify(unlock.signedWith(serverKey))).clock().change();
    }

    @Test
    void nothingSurvivesARebootAndNothingNeedsTo() {
        in(LockClockState.SET_AND_RIGHT);
        byte[] used = freshUnlock().signedWith(serverKey);
        assertThat(lock.verify(used).accepted()).isTrue();
        byte[] outstanding = freshUnlock().signedWith(serverKey);

        lock.boot();

        assertThat(lock.clock.isSetSinceBoot()).as("the RTC still counts, but is not trusted").isFalse();
        assertThat(lock.verify(used)).isEqualTo(rejected(Rejection.UNKNOWN_NONCE));
        assertThat(lock.verify(outstanding)).isEqualTo(rejected(Rejection.UNKNOWN_NONCE));
        Result next = lock.verify(freshUnlock().signedWith(serverKey));
        assertThat(((Result.Accepted) next).clock().change()).isEqualTo(ClockReport.Change.SET_AFTER_BOOT);
    }

    /** iat is the fourth claim: key 06, then 1A and four bytes; the byte returned is the top one of the four. */
    private static int indexOfIat(byte[] message) {
        for (int i = 6; i + 1 < message.length; i++) {
            if (message[i] == 0x06 && message[i + 1] == 0x1a && message[i - 6] == 0x05) {
                return i + 2;
            }
        }
        throw new AssertionError("iat not found");
    }
}
