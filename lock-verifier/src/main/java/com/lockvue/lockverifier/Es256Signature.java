package com.lockvue.lockverifier;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * ECDSA P-256 / SHA-256 verification of a raw 64-byte {@code r || s} signature with the JDK's own provider, so the
 * lock-side check shares no code with the BouncyCastle signer it is meant to cross-examine.
 */
public final class Es256Signature {

    public static final int LENGTH = 64;

    private Es256Signature() {
    }

    /**
     * True only for a 64-byte signature that verifies. The explicit length check matters: P1363 fixes the length,
     * and refusing short or long forms up front means no encoding leniency of a provider is ever relied upon.
     */
    public static boolean verify(PublicKey key, byte[] signedData, byte[] signature) {
        if (signature.length != LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(signedData);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // A signature the provider cannot even parse is simply not a valid one.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot verify ES256 with this key", e);
        }
    }
}
