package com.lockvue.adapter.lockcommand.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.adapter.lockcommand.CoseLockCommandSigner;
import com.lockvue.adapter.lockcommand.DeterministicCbor;
import com.lockvue.adapter.lockcommand.LockCommandKey;
import com.lockvue.adapter.lockcommand.LockCommandKeys;
import com.lockvue.adapter.lockcommand.LockCommandKeystoreFile;
import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signs with the production signer, verifies with the lock-side reference verifier. */
class LockCommandVerifierTest {

    private static final char[] PASSWORD = "test".toCharArray();
    private static final Instant NBF = Instant.parse("2026-03-01T12:00:00Z");
    private static final long SKEW = LockCommandVerifier.CLOCK_SKEW_SECONDS;

    @TempDir
    Path dir;

    private final UUID lock = UUID.randomUUID();
    private final SettableClock clock = new SettableClock(NBF.plusSeconds(1));
    private final NonceRegistry nonces = new NonceRegistry();
    private LockCommandKey key;
    private CoseLockCommandSigner signer;
    private LockCommandVerifier verifier;

    @BeforeEach
    void keys() {
        Path file = dir.resolve("keys.p12");
        key = LockCommandKeystoreFile.addNewKey(file, PASSWORD, "current");
        signer = new CoseLockCommandSigner(LockCommandKeys.load(file, PASSWORD, "current"));
        verifier = new LockCommandVerifier(lock, Map.of(key.keyId(), key.publicKey()), clock, nonces);
    }

    private byte[] sign(UUID audience, LockAction action, PermissionLevel level, byte[] nonce) {
        return signer.sign(new LockCommandClaims(new LockId(audience), UUID.randomUUID(), NBF, NBF,
                NBF.plusSeconds(60), action, level, com.lockvue.domain.lock.Nonce.of(nonce))).message();
    }

    private byte[] unlock() {
        return sign(lock, LockAction.UNLOCK, PermissionLevel.RESTRICTED, nonces.issueNonce());
    }

    private static Result rejected(Rejection reason) {
        return new Result.Rejected(reason);
    }

    @Test
    void acceptsAFreshCommandAndReportsItsClaims() {
        byte[] nonce = nonces.issueNonce();
        byte[] message = sign(lock, LockAction.TIME_SYNC, PermissionLevel.MAINTENANCE, nonce);

        Result result = verifier.verify(message);

        assertThat(result).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            VerifiedCommand command = accepted.command();
            assertThat(command.lock()).isEqualTo(lock);
            assertThat(command.keyId()).isEqualTo(key.keyId());
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
        byte[] message = sign(UUID.randomUUID(), LockAction.UNLOCK, PermissionLevel.ADMIN, nonces.issueNonce());
        assertThat(verifier.verify(message)).isEqualTo(rejected(Rejection.WRONG_AUDIENCE));
    }

    @Test
    void aNonceWorksOnceAndOnlyIfThisLockIssuedIt() {
        byte[] message = unlock();
        assertThat(verifier.verify(message).accepted()).isTrue();
        assertThat(verifier.verify(message)).isEqualTo(rejected(Rejection.REPLAYED_NONCE));

        byte[] invented = sign(lock, LockAction.UNLOCK, PermissionLevel.ADMIN, new byte[16]);
        assertThat(verifier.verify(invented)).isEqualTo(rejected(Rejection.UNKNOWN_NONCE));
    }

    @Test
    void theValidityWindowIsEnforcedWithTheDocumentedSkew() {
        byte[] message = unlock();

        clock.set(NBF.plusSeconds(60 + SKEW));
        assertThat(verifier.verify(message)).isEqualTo(rejected(Rejection.EXPIRED));
        clock.set(NBF.minusSeconds(SKEW + 1));
        assertThat(verifier.verify(message)).isEqualTo(rejected(Rejection.NOT_YET_VALID));
        clock.set(NBF.plusSeconds(60 + SKEW - 1));
        assertThat(verifier.verify(message).accepted()).as("last second within skew").isTrue();
    }

    @Test
    void aKeyTheLockDoesNotTrustIsAnUnknownKid() {
        LockCommandKey other = LockCommandKeystoreFile.addNewKey(dir.resolve("other.p12"), PASSWORD, "other");
        LockCommandVerifier strangerLock =
                new LockCommandVerifier(lock, Map.of(other.keyId(), other.publicKey()), clock, nonces);
        assertThat(strangerLock.verify(unlock())).isEqualTo(rejected(Rejection.UNKNOWN_KID));
    }

    @Test
    void aSignatureOfAnyOtherLengthThan64BytesIsRefusedAsSuch() throws Exception {
        byte[] nonce = nonces.issueNonce();
        byte[] header = protectedHeader(-7, key.kid());
        byte[] payload = payload(lock, NBF, 60, CommandCodes.ACTION_UNLOCK, CommandCodes.LEVEL_ADMIN, nonce);
        byte[] good = signP1363(header, payload);

        assertThat(verifier.verify(envelope(header, payload, Arrays.copyOf(good, 63))))
                .isEqualTo(rejected(Rejection.BAD_SIGNATURE_LENGTH));
        assertThat(verifier.verify(envelope(header, payload, Arrays.copyOf(good, 65))))
                .isEqualTo(rejected(Rejection.BAD_SIGNATURE_LENGTH));
        assertThat(verifier.verify(envelope(header, payload, good)).accepted()).isTrue();
    }

    @Test
    void aRestrictedRecipientCannotRunMaintenanceActions() {
        assertThat(verifier.verify(sign(lock, LockAction.BATTERY_STATUS, PermissionLevel.RESTRICTED,
                nonces.issueNonce()))).isEqualTo(rejected(Rejection.ACTION_NOT_PERMITTED));
        assertThat(verifier.verify(sign(lock, LockAction.TIME_SYNC, PermissionLevel.RESTRICTED,
                nonces.issueNonce()))).isEqualTo(rejected(Rejection.ACTION_NOT_PERMITTED));
        assertThat(verifier.verify(sign(lock, LockAction.BATTERY_STATUS, PermissionLevel.MAINTENANCE,
                nonces.issueNonce())).accepted()).isTrue();
        assertThat(verifier.verify(sign(lock, LockAction.UNLOCK, PermissionLevel.RESTRICTED,
                nonces.issueNonce())).accepted()).isTrue();
    }

    @Test
    void validlySignedButNonConformingCommandsAreRefused() throws Exception {
        byte[] nonce = nonces.issueNonce();
        byte[] es256 = protectedHeader(-7, key.kid());
        byte[] ok = payload(lock, NBF, 60, CommandCodes.ACTION_UNLOCK, CommandCodes.LEVEL_ADMIN, nonce);

        byte[] es384Header = protectedHeader(-35, key.kid());
        assertThat(verifier.verify(envelope(es384Header, ok, signP1363(es384Header, ok))))
                .isEqualTo(rejected(Rejection.BAD_ALGORITHM));

        byte[] longWindow = payload(lock, NBF, 61, CommandCodes.ACTION_UNLOCK, CommandCodes.LEVEL_ADMIN, nonce);
        assertThat(verifier.verify(envelope(es256, longWindow, signP1363(es256, longWindow))))
                .isEqualTo(rejected(Rejection.VALIDITY_TOO_LONG));

        byte[] unknownAction = payload(lock, NBF, 60, 9, CommandCodes.LEVEL_ADMIN, nonce);
        assertThat(verifier.verify(envelope(es256, unknownAction, signP1363(es256, unknownAction))))
                .isEqualTo(rejected(Rejection.MALFORMED));

        byte[] withUnprotectedHeader = DeterministicCbor.tag(18, DeterministicCbor.array(
                DeterministicCbor.bytes(es256),
                DeterministicCbor.map().put(4, DeterministicCbor.bytes(key.kid())).encode(),
                DeterministicCbor.bytes(ok), DeterministicCbor.bytes(signP1363(es256, ok))));
        assertThat(verifier.verify(withUnprotectedHeader)).isEqualTo(rejected(Rejection.MALFORMED));

        assertThat(verifier.verify(new byte[183])).isEqualTo(rejected(Rejection.MALFORMED));
        assertThat(verifier.verify(new byte[0])).isEqualTo(rejected(Rejection.MALFORMED));
        assertThat(verifier.verify(envelope(es256, ok, signP1363(es256, ok))).accepted())
                .as("the same nonce still works: refusals never consume it").isTrue();
    }

    @Test
    void nonceRegistryForgetsTheOldestOutstandingNonceBeyondItsCapacity() {
        NonceRegistry small = new NonceRegistry(new java.security.SecureRandom(), 2);
        byte[] first = small.issueNonce();
        byte[] second = small.issueNonce();
        small.issueNonce();

        assertThat(small.consume(first)).isEqualTo(NonceRegistry.Use.UNKNOWN);
        assertThat(small.consume(second)).isEqualTo(NonceRegistry.Use.FRESH);
        assertThat(small.consume(second)).isEqualTo(NonceRegistry.Use.REPLAYED);
        assertThat(first).hasSize(16).isNotEqualTo(second);
    }

    // --- hand-built messages, signed with the trusted key, to reach checks the signer never violates ---

    private static byte[] protectedHeader(int alg, byte[] kid) {
        return DeterministicCbor.map().put(1, DeterministicCbor.integer(alg))
                .put(4, DeterministicCbor.bytes(kid)).encode();
    }

    private static byte[] payload(UUID audience, Instant nbf, long window, int action, int level, byte[] nonce) {
        return DeterministicCbor.map()
                .put(3, DeterministicCbor.bytes(uuid(audience)))
                .put(4, DeterministicCbor.integer(nbf.getEpochSecond() + window))
                .put(5, DeterministicCbor.integer(nbf.getEpochSecond()))
                .put(6, DeterministicCbor.integer(nbf.getEpochSecond()))
                .put(7, DeterministicCbor.bytes(uuid(UUID.randomUUID())))
                .put(-65537, DeterministicCbor.integer(action))
                .put(-65538, DeterministicCbor.integer(level))
                .put(-65539, DeterministicCbor.bytes(nonce))
                .encode();
    }

    private byte[] signP1363(byte[] protectedHeader, byte[] payload) throws Exception {
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initSign(key.privateKey().orElseThrow());
        ecdsa.update(DeterministicCbor.array(DeterministicCbor.text("Signature1"),
                DeterministicCbor.bytes(protectedHeader), DeterministicCbor.bytes(new byte[0]),
                DeterministicCbor.bytes(payload)));
        return ecdsa.sign();
    }

    private static byte[] envelope(byte[] protectedHeader, byte[] payload, byte[] signature) {
        return DeterministicCbor.tag(18, DeterministicCbor.array(DeterministicCbor.bytes(protectedHeader),
                DeterministicCbor.map().encode(), DeterministicCbor.bytes(payload),
                DeterministicCbor.bytes(signature)));
    }

    private static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
