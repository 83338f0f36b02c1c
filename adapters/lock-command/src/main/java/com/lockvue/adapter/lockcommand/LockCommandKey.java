package com.lockvue.adapter.lockcommand;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One P-256 key from the keystore. A key without a private half (a certificate-only entry) is still published as
 * a trust anchor: that is how a retired key stays trusted by locks while commands it signed are still in flight.
 */
public final class LockCommandKey {

    private final String alias;
    private final ECPublicKey publicKey;
    private final ECPrivateKey privateKey;
    private final byte[] kid;

    LockCommandKey(String alias, ECPublicKey publicKey, ECPrivateKey privateKey) {
        this.alias = Objects.requireNonNull(alias);
        this.publicKey = Objects.requireNonNull(publicKey);
        this.privateKey = privateKey;
        if (!EcKeys.isP256(publicKey.getParams())) {
            throw new IllegalArgumentException("key '" + alias + "' is not a P-256 key");
        }
        this.kid = EcKeys.kid(publicKey);
    }

    public String alias() {
        return alias;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    public Optional<ECPrivateKey> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    public byte[] kid() {
        return kid.clone();
    }

    /** The kid as carried in {@code SignedLockCommand} and {@code TrustAnchor}: base64url without padding. */
    public String keyId() {
        return EcKeys.base64url(kid);
    }
}
