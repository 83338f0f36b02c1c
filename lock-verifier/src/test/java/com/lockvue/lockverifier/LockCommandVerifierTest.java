package com.lockvue.lockverifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The checks of the message itself (shape, key, signature, claims, audience, level, nonce), reached with commands
 * signed by a JDK key the way the server signs them. Time and clock states: {@link FreshnessAndSignedTimeTest}.
 */
class LockCommandVerifierTest {

    private static final Instant NBF = Instant.parse("2026-03-01T12:00:00Z");

    private final UUID lock = UUID.randomUUID();
    private final TestKey key = TestKey.generate();
    private final BenchLock bench = new BenchLock(lock, key.asTrustAnchor(), NBF.getEpochSecond());
    private final NonceRegistry nonces = bench.nonces;
    private final LockCommandVerifier verifier = bench.verifier;

    private TestCommand command(byte[] nonce) {
        return new TestCommand(lock, NBF.getEpochSecond(), nonce);
    }

    private byte[] unlock() {
        return command(nonces.issueNonce()).signedWith(key);
    }

    private static Result rejected(Rejection reason) {
        return new Result.Rejected(reason);
    }

    @Test
    void acceptsAFreshCommandAndReportsItsClaims() {
        byte[] nonce = nonces.issueNonce();
        TestCommand sync = command(nonce).action(CommandCodes.ACTION_TIME_SYNC, CommandCodes.LEVEL_MAINTENANCE);

        Result result = verifier.verify(sync.signedWith(key));

        assertThat(result).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            VerifiedCommand command = accepted.command();
            assertThat(command.lock()).isEqualTo(lock);
            assertThat(command.keyId()).isEqualTo(key.keyId());
            assertThat(command.commandId()).isEqualTo(sync.commandId);
            assertThat(command.action()).isEqualTo(CommandCodes.ACTION_TIME_SYNC);
            assertThat(command.level()).isEqualTo(CommandCodes.LEVEL_MAINTENANCE);
            assertThat(command.notBefore()).isEqualTo(NBF.getEpochSecond());
            assertThat(command.expiresAt()).isEqualTo(NBF.getEpochSecond() + 60);
            assertThat(command.nonce()).isEqualTo(nonce);
        });
    }

    @Test
    void everySingleBitFlipIsRefused() {
        byte[] message = unlock();
        for (int i = 0; i < message.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = message.clone();
                tampered[i] ^= (byte) (1 << bit);
                assertThat(verifier.verify(tampered).accepted()).as("byte %d bit %d", i, bit).isFalse();
            }
        }
        assertThat(verifier.verify(message).accepted()).as("refusals did not burn the nonce").isTrue();
    }

    @Test
    void aTamperedClaimOrSignatureByteIsABadSignature() {
        byte[] message = unlock();
        byte[] claimTampered = message.clone();
        claimTampered[indexOf(message, new byte[] {0x3a, 0, 1, 0, 0}) + 5] = 3; // UNLOCK -> TIME_SYNC
        byte[] signatureTampered = message.clone();
        signatureTampered[message.length - 1] ^= 0x01;

        assertThat(verifier.verify(claimTampered)).isEqualTo(rejected(Rejection.BAD_SIGNATURE));
        assertThat(verifier.verify(signatureTampered)).isEqualTo(rejected(Rejection.BAD_SIGNATURE));
    }

    @Test
    void aCommandForAnotherLockIsRefused() {
        TestCommand forAnotherLock = command(nonces.issueNonce());
        forAnotherLock.audience = UUID.randomUUID();
        assertThat(verifier.verify(forAnotherLock.signedWith(key))).isEqualTo(rejected(Rejection.WRONG_AUDIENCE));
    }

    @Test
    void aNonceWorksOnceAndOnlyIfThisLockIssuedIt() {
        byte[] message = unlock();
        assertThat(verifier.verify(message).accepted()).isTrue();
        assertThat(verifier.verify(message)).isEqualTo(rejected(Rejection.REPLAYED_NONCE));

        byte[] invented = command(new byte[16]).signedWith(key);
        assertThat(verifier.verify(invented)).isEqualTo(rejected(Rejection.UNKNOWN_NONCE));
    }

    @Test
    void aKeyTheLockDoesNotTrustIsAnUnknownKid() {
        TestKey other = TestKey.generate();
        LockCommandVerifier strangerLock = new LockCommandVerifier(lock, other.asTrustAnchor(), nonces, bench.clock);
        assertThat(strangerLock.verify(unlock())).isEqualTo(rejected(Rejection.UNKNOWN_KID));
    }

    @Test
    void aSignatureOfAnyOtherLengthThan64BytesIsRefusedAsSuch() {
        TestCommand unlock = command(nonces.issueNonce());
        byte[] header = unlock.protectedHeader(key);
        byte[] payload = unlock.payload();
        byte[] good = key.sign(TestCommand.sigStructure(header, payload));

        assertThat(verifier.verify(TestCommand.envelope(header, TestCbor.map(), payload, Arrays.copyOf(good, 63))))
                .isEqualTo(rejected(Rejection.BAD_SIGNATURE_LENGTH));
        assertThat(verifier.verify(TestCommand.envelope(header, TestCbor.map(), payload, Arrays.copyOf(good, 65))))
                .isEqualTo(rejected(Rejection.BAD_SIGNATURE_LENGTH));
        assertThat(verifier.verify(TestCommand.envelope(header, TestCbor.map(), payload, good)).accepted()).isTrue();
    }

    @Test
    void aRestrictedRecipientCannotRunMaintenanceActions() {
        assertThat(verifier.verify(command(nonces.issueNonce())
                .action(CommandCodes.ACTION_BATTERY_STATUS, CommandCodes.LEVEL_RESTRICTED).signedWith(key)))
                .isEqualTo(rejected(Rejection.ACTION_NOT_PERMITTED));
        assertThat(verifier.verify(command(nonces.issueNonce())
                .action(CommandCodes.ACTION_TIME_SYNC, CommandCodes.LEVEL_RESTRICTED).signedWith(key)))
                .isEqualTo(rejected(Rejection.ACTION_NOT_PERMITTED));
        assertThat(verifier.verify(command(nonces.issueNonce())
                .action(CommandCodes.ACTION_BATTERY_STATUS, CommandCodes.LEVEL_MAINTENANCE).signedWith(key))
                .accepted()).isTrue();
        assertThat(verifier.verify(command(nonces.issueNonce())
                .action(CommandCodes.ACTION_UNLOCK, CommandCodes.LEVEL_RESTRICTED).signedWith(key))
                .accepted()).isTrue();
    }

    @Test
    void validlySignedButNonConformingCommandsAreRefused() {
        byte[] nonce = nonces.issueNonce();

        TestCommand es384 = command(nonce);
        es384.alg = -35;
        assertThat(verifier.verify(es384.signedWith(key))).isEqualTo(rejected(Rejection.BAD_ALGORITHM));

        TestCommand longWindow = command(nonce);
        longWindow.exp = longWindow.nbf + 61;
        assertThat(verifier.verify(longWindow.signedWith(key))).isEqualTo(rejected(Rejection.VALIDITY_TOO_LONG));

        TestCommand unknownAction = command(nonce).action(9, CommandCodes.LEVEL_ADMIN);
        assertThat(verifier.verify(unknownAction.signedWith(key))).isEqualTo(rejected(Rejection.MALFORMED));

        TestCommand ok = command(nonce);
        byte[] header = ok.protectedHeader(key);
        byte[] payload = ok.payload();
        byte[] signature = key.sign(TestCommand.sigStructure(header, payload));
        byte[] unprotectedKid = TestCbor.map(TestCbor.integer(4), TestCbor.bytes(key.kid()));
        assertThat(verifier.verify(TestCommand.envelope(header, unprotectedKid, payload, signature)))
                .isEqualTo(rejected(Rejection.MALFORMED));

        assertThat(verifier.verify(new byte[183])).isEqualTo(rejected(Rejection.MALFORMED));
        assertThat(verifier.verify(new byte[0])).isEqualTo(rejected(Rejection.MALFORMED));
        assertThat(verifier.verify(TestCommand.envelope(header, TestCbor.map(), payload, signature)).accepted())
                .as("the same nonce still works: refusals never consume it").isTrue();
    }

    @Test
    void nonceRegistryForgetsTheOldestOutstandingNonceBeyondItsCapacity() {
        NonceRegistry small = new NonceRegistry(new SecureRandom(), 2, () -> 0);
        byte[] first = small.issueNonce();
        byte[] second = small.issueNonce();
        small.issueNonce();

        assertThat(small.ageMillis(first)).as("forgotten").isEqualTo(-1);
        assertThat(small.consume(first)).isFalse();
        assertThat(small.wasConsumed(first)).isFalse();
        assertThat(small.consume(second)).isTrue();
        assertThat(small.consume(second)).isFalse();
        assertThat(small.wasConsumed(second)).isTrue();
        assertThat(first).hasSize(16).isNotEqualTo(second);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
