package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.lockverifier.ClockReport;
import com.lockvue.lockverifier.CommandCodes;
import com.lockvue.lockverifier.LockClock;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.OffsetRealTimeClock;
import com.lockvue.lockverifier.Rejection;
import com.lockvue.lockverifier.Result;
import com.lockvue.lockverifier.VerifiedCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the production signer writes, from a key in a real keystore, is what the reference lock accepts. */
class SignerToLockRoundTripTest {

    private static final char[] PASSWORD = "test".toCharArray();
    private static final Instant NBF = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private final UUID lock = UUID.randomUUID();
    private final NonceRegistry nonces = new NonceRegistry(() -> 1_000);
    private LockCommandKey key;
    private CoseLockCommandSigner signer;
    private LockCommandVerifier verifier;

    @BeforeEach
    void keys() {
        Path file = dir.resolve("keys.p12");
        key = LockCommandKeystoreFile.addNewKey(file, PASSWORD, "current");
        signer = new CoseLockCommandSigner(LockCommandKeys.load(file, PASSWORD, "current"));
        LockClock clock = new LockClock(new OffsetRealTimeClock(Clock.fixed(NBF.plusSeconds(1), ZoneOffset.UTC), 0));
        verifier = new LockCommandVerifier(lock, Map.of(key.keyId(), key.publicKey()), nonces, clock);
    }

    private byte[] sign(LockAction action, PermissionLevel level, byte[] nonce) {
        return signer.sign(new LockCommandClaims(new LockId(lock), UUID.randomUUID(), NBF, NBF, NBF.plusSeconds(60),
                action, level, com.lockvue.domain.lock.Nonce.of(nonce))).message();
    }

    @Test
    void theLockAcceptsASignedCommandOnceAndReadsBackItsClaims() {
        byte[] nonce = nonces.issueNonce();
        byte[] message = sign(LockAction.TIME_SYNC, PermissionLevel.MAINTENANCE, nonce);

        assertThat(verifier.verify(message)).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            VerifiedCommand command = accepted.command();
            assertThat(command.lock()).isEqualTo(lock);
            assertThat(command.keyId()).isEqualTo(key.keyId());
            assertThat(command.action()).isEqualTo(CommandCodes.ACTION_TIME_SYNC);
            assertThat(command.level()).isEqualTo(CommandCodes.LEVEL_MAINTENANCE);
            assertThat(command.issuedAt()).isEqualTo(NBF.getEpochSecond());
            assertThat(command.notBefore()).isEqualTo(NBF.getEpochSecond());
            assertThat(command.expiresAt()).isEqualTo(NBF.getEpochSecond() + 60);
            assertThat(command.nonce()).isEqualTo(nonce);
            assertThat(accepted.clock()).isEqualTo(new ClockReport(ClockReport.Change.TIME_SYNC,
                    NBF.getEpochSecond() + 1, NBF.getEpochSecond()));
        });
        assertThat(verifier.verify(message)).isEqualTo(new Result.Rejected(Rejection.REPLAYED_NONCE));
    }

    @Test
    void everySingleBitFlipOfASignedCommandIsRefused() {
        byte[] message = sign(LockAction.UNLOCK, PermissionLevel.RESTRICTED, nonces.issueNonce());
        for (int i = 0; i < message.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = message.clone();
                tampered[i] ^= (byte) (1 << bit);
                assertThat(verifier.verify(tampered).accepted()).as("byte %d bit %d", i, bit).isFalse();
            }
        }
        assertThat(verifier.verify(message).accepted()).isTrue();
    }
}
