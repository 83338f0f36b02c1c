package com.lockvue.adapter.lockcommand;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Signs lock commands as COSE_Sign1 / ES256 with RFC 6979 nonces (format: docs/lock-protocol.md). Thread-safe and
 * allocation-light; all per-key work (kid, protected header, trust anchors) is done once at construction.
 */
public final class CoseLockCommandSigner implements LockCommandSigner {

    private final Es256DeterministicSigner signer;
    private final byte[] protectedHeader;
    private final String keyId;
    private final List<TrustAnchor> trustAnchors;

    public CoseLockCommandSigner(LockCommandKeys keys) {
        LockCommandKey active = keys.active();
        this.signer = Es256DeterministicSigner.of(active.privateKey().orElseThrow());
        this.protectedHeader = CoseSign1.protectedHeader(active.kid());
        this.keyId = active.keyId();
        this.trustAnchors = keys.all().stream().map(k -> TrustAnchors.of(k, k == active)).toList();
    }

    /** Production wiring: a PKCS#12 file, its password, and the alias of the key that signs. */
    public static CoseLockCommandSigner fromKeystore(Path keystore, char[] password, String activeAlias) {
        return new CoseLockCommandSigner(LockCommandKeys.load(keystore, password, activeAlias));
    }

    /** Development wiring: a key generated into {@code keystore} on first start and reused afterwards. */
    public static CoseLockCommandSigner forDevelopment(Path keystore) {
        return new CoseLockCommandSigner(LockCommandKeys.loadOrCreateDevelopmentKeystore(keystore));
    }

    /**
     * @throws IllegalArgumentException when the claims could never be accepted by a lock: a window over 60 s or a
     *     time outside the locks' unsigned 32-bit clock.
     */
    @Override
    public SignedLockCommand sign(LockCommandClaims claims) {
        byte[] payload = ClaimsPayload.encode(claims);
        byte[] signature = signer.sign(CoseSign1.sigStructure(protectedHeader, payload));
        byte[] message = CoseSign1.message(protectedHeader, payload, signature);
        if (message.length > LockCommandFormat.MAX_MESSAGE_BYTES) {
            // Unreachable with the bounded claim values; guards against a future format change going unnoticed.
            throw new IllegalStateException("command of " + message.length + " bytes exceeds one BLE write");
        }
        return new SignedLockCommand(message, keyId, Instant.ofEpochSecond(claims.expiresAt().getEpochSecond()));
    }

    @Override
    public List<TrustAnchor> trustAnchors() {
        return trustAnchors;
    }
}
