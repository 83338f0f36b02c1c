package com.lockvue.adapter.lockcommand;

import com.lockvue.application.port.out.TrustAnchor;

/** Publishes a key the way a lock or its provisioning tool wants it: JWK-style coordinates and a COSE_Key. */
final class TrustAnchors {

    // RFC 9052 §7 / RFC 9053 §7.1 labels and values.
    private static final int KTY = 1;
    private static final int KID = 2;
    private static final int KTY_EC2 = 2;
    private static final int CRV = -1;
    private static final int CRV_P256 = 1;
    private static final int X = -2;
    private static final int Y = -3;

    private TrustAnchors() {
    }

    static TrustAnchor of(LockCommandKey key, boolean active) {
        byte[] x = EcKeys.x(key.publicKey());
        byte[] y = EcKeys.y(key.publicKey());
        return new TrustAnchor(key.keyId(), "ES256", "P-256", EcKeys.base64url(x), EcKeys.base64url(y),
                EcKeys.base64url(coseKey(key.kid(), x, y)), active);
    }

    /** {1: 2, 2: kid, -1: 1, -2: x, -3: y}, deterministic so that every publication of a key is byte-identical. */
    static byte[] coseKey(byte[] kid, byte[] x, byte[] y) {
        return DeterministicCbor.map()
                .put(KTY, DeterministicCbor.integer(KTY_EC2))
                .put(CRV, DeterministicCbor.integer(CRV_P256))
                .put(X, DeterministicCbor.bytes(x))
                .put(Y, DeterministicCbor.bytes(y))
                .put(KID, DeterministicCbor.bytes(kid))
                .encode();
    }
}
