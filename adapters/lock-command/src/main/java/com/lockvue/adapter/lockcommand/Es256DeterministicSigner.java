package com.lockvue.adapter.lockcommand;

import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ES256 with RFC 6979 deterministic nonces, output as raw IEEE P1363 {@code r || s} (32 + 32 bytes, left-padded).
 *
 * <p>Deterministic k removes the one way ECDSA leaks its key through a weak random source, and makes the published
 * test vectors reproducible byte for byte. {@code s} is kept exactly as RFC 6979 yields it (no low-S
 * normalisation): COSE does not require low-S, both values verify with any standard ECDSA verifier, and replay is
 * stopped by the single-use nonce, not by signature uniqueness.
 *
 * <p>BouncyCastle's low-level API is used directly (never registered as a JCA provider) with its optimised
 * {@code secp256r1} curve; the domain is shared so the fixed-base precomputation is built once per JVM. Thread-safe:
 * the stateful {@link ECDSASigner} is created per call, which costs far less than the scalar multiplication.
 */
final class Es256DeterministicSigner {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final int COORDINATE_LENGTH = 32;

    private final ECPrivateKeyParameters key;

    Es256DeterministicSigner(BigInteger privateScalar) {
        if (privateScalar.signum() <= 0 || privateScalar.compareTo(DOMAIN.getN()) >= 0) {
            throw new IllegalArgumentException("private scalar out of range for P-256");
        }
        this.key = new ECPrivateKeyParameters(privateScalar, DOMAIN);
    }

    static Es256DeterministicSigner of(ECPrivateKey privateKey) {
        if (!EcKeys.isP256(privateKey.getParams())) {
            throw new IllegalArgumentException("signing key is not on P-256");
        }
        return new Es256DeterministicSigner(privateKey.getS());
    }

    byte[] sign(byte[] message) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(message, 0, message.length);
        byte[] digest = new byte[sha256.getDigestSize()];
        sha256.doFinal(digest, 0);

        ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ecdsa.init(true, key);
        BigInteger[] rs = ecdsa.generateSignature(digest);

        byte[] signature = new byte[2 * COORDINATE_LENGTH];
        System.arraycopy(EcKeys.unsignedFixed(rs[0], COORDINATE_LENGTH), 0, signature, 0, COORDINATE_LENGTH);
        System.arraycopy(EcKeys.unsignedFixed(rs[1], COORDINATE_LENGTH), 0, signature, COORDINATE_LENGTH,
                COORDINATE_LENGTH);
        return signature;
    }
}
