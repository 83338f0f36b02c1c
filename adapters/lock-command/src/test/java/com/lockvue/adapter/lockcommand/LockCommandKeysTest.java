package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.lockverifier.LockClock;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.OffsetRealTimeClock;
import com.lockvue.lockverifier.Rejection;
import com.lockvue.lockverifier.Result;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockCommandKeysTest {

    private static final char[] PASSWORD = "changeit-in-tests".toCharArray();

    @TempDir
    Path dir;

    @Test
    void developmentKeystoreIsCreatedOnceOwnerOnlyAndReused() throws Exception {
        Path file = dir.resolve("data/keys/lock-command-dev.p12");

        LockCommandKeys first = LockCommandKeys.loadOrCreateDevelopmentKeystore(file);
        byte[] written = Files.readAllBytes(file);
        LockCommandKeys second = LockCommandKeys.loadOrCreateDevelopmentKeystore(file);

        assertThat(file).exists();
        assertThat(Files.readAllBytes(file)).as("second start does not rewrite the file").isEqualTo(written);
        assertThat(second.active().keyId()).isEqualTo(first.active().keyId());
        assertThat(second.active().alias()).isEqualTo(LockCommandKeys.DEVELOPMENT_ALIAS);
        assertThat(second.all()).hasSize(1);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).as("no temporary file left behind").containsExactly(file);
        }
        // The dev password is what the documentation says it is.
        assertThat(LockCommandKeys.load(file, LockCommandKeys.DEVELOPMENT_PASSWORD.toCharArray(),
                LockCommandKeys.DEVELOPMENT_ALIAS).active().keyId()).isEqualTo(first.active().keyId());
    }

    @Test
    void developmentSignerSignsWithTheKeyItPublishes() {
        Path file = dir.resolve("dev.p12");
        CoseLockCommandSigner signer = CoseLockCommandSigner.forDevelopment(file);
        CoseLockCommandSigner restarted = CoseLockCommandSigner.forDevelopment(file);

        assertThat(restarted.trustAnchors()).isEqualTo(signer.trustAnchors());
        assertThat(signer.trustAnchors()).singleElement().satisfies(a -> assertThat(a.active()).isTrue());
        assertThat(verify(signer, LockCommandKeys.loadOrCreateDevelopmentKeystore(file), UUID.randomUUID()))
                .isTrue();
    }

    @Test
    void rotationPublishesBothKeysAndSignsWithTheActiveOne() {
        Path file = dir.resolve("prod.p12");
        LockCommandKey old = LockCommandKeystoreFile.addNewKey(file, PASSWORD, "2025-q4");
        LockCommandKey current = LockCommandKeystoreFile.addNewKey(file, PASSWORD, "2026-q1");

        LockCommandKeys beforeSwitch = LockCommandKeys.load(file, PASSWORD, "2025-q4");
        CoseLockCommandSigner oldSigner = new CoseLockCommandSigner(beforeSwitch);
        CoseLockCommandSigner newSigner = CoseLockCommandSigner.fromKeystore(file, PASSWORD, "2026-q1");

        assertThat(newSigner.trustAnchors()).extracting(TrustAnchor::keyId, TrustAnchor::active)
                .containsExactly(org.assertj.core.api.Assertions.tuple(current.keyId(), true),
                        org.assertj.core.api.Assertions.tuple(old.keyId(), false));
        assertThat(oldSigner.trustAnchors()).extracting(TrustAnchor::keyId)
                .containsExactly(old.keyId(), current.keyId());

        LockCommandKeys keys = LockCommandKeys.load(file, PASSWORD, "2026-q1");
        UUID lock = UUID.randomUUID();
        assertThat(verify(newSigner, keys, lock)).isTrue();
        assertThat(verify(oldSigner, keys, lock)).as("commands of the previous key still verify").isTrue();
        assertThat(newSigner.sign(claims(lock, new byte[16])).keyId()).isEqualTo(current.keyId());
    }

    @Test
    void unknownAliasAndWrongPasswordFailLoudly() {
        Path file = dir.resolve("k.p12");
        LockCommandKeystoreFile.addNewKey(file, PASSWORD, "a");

        assertThatThrownBy(() -> LockCommandKeys.load(file, PASSWORD, "b")).hasMessageContaining("'b'");
        assertThatThrownBy(() -> LockCommandKeys.load(file, "wrong".toCharArray(), "a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LockCommandKeystoreFile.addNewKey(file, PASSWORD, "a"))
                .hasMessageContaining("already exists");
    }

    /** Signs a command for {@code lock} and runs it through the lock-side verifier trusting every published key. */
    private static boolean verify(CoseLockCommandSigner signer, LockCommandKeys keys, UUID lock) {
        Map<String, PublicKey> trusted = keys.all().stream()
                .collect(Collectors.toMap(LockCommandKey::keyId, LockCommandKey::publicKey));
        NonceRegistry nonces = new NonceRegistry(() -> 0);
        LockClock clock = new LockClock(new OffsetRealTimeClock(
                Clock.fixed(Instant.parse("2026-01-01T00:00:10Z"), ZoneOffset.UTC), 0));
        LockCommandVerifier verifier = new LockCommandVerifier(lock, trusted, nonces, clock);
        SignedLockCommand command = signer.sign(claims(lock, nonces.issueNonce()));
        Result result = verifier.verify(command.message());
        if (result instanceof Result.Rejected rejected) {
            assertThat(rejected.reason()).isNotEqualTo(Rejection.MALFORMED);
        }
        return result.accepted();
    }

    private static LockCommandClaims claims(UUID lock, byte[] nonce) {
        Instant nbf = Instant.parse("2026-01-01T00:00:00Z");
        return new LockCommandClaims(new LockId(lock), UUID.randomUUID(), nbf, nbf, nbf.plusSeconds(60),
                LockAction.UNLOCK, PermissionLevel.RESTRICTED, com.lockvue.domain.lock.Nonce.of(nonce));
    }
}
