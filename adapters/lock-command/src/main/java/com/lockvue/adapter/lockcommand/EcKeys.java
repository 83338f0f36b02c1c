package com.lockvue.adapter.lockcommand;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** P-256 key facts shared by signing, kid derivation and trust anchor publication. */
final class EcKeys {

    /** Order of the P-256 base point (FIPS 186-4 D.1.2.3). */
    private static final BigInteger P256_ORDER =
            new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
    private static final BigInteger P256_PRIME =
            new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private EcKeys() {
    }

    static boolean isP256(ECParameterSpec params) {
        return params != null && params.getOrder().equals(P256_ORDER) && params.getCofactor() == 1
                && params.getCurve().getField() instanceof ECFieldFp field && field.getP().equals(P256_PRIME);
    }

    static byte[] x(ECPublicKey key) {
        return unsignedFixed(key.getW().getAffineX(), 32);
    }

    static byte[] y(ECPublicKey key) {
        return unsignedFixed(key.getW().getAffineY(), 32);
    }

    /**
     * kid = the first 8 bytes of the RFC 7638 JWK SHA-256 thumbprint. The thumbprint is a standard any
     * JOSE/COSE tool can recompute from the public key alone; 8 bytes keep the header small while leaving a
     * collision among a handful of published keys out of question (and {@link LockCommandKeys} rejects one).
     */
    static byte[] kid(ECPublicKey key) {
        // RFC 7638 §3.2: required members only, lexicographic order, no whitespace.
        String canonicalJwk = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + base64url(x(key)) + "\",\"y\":\""
                + base64url(y(key)) + "\"}";
        return Arrays.copyOf(sha256(canonicalJwk.getBytes(StandardCharsets.UTF_8)), 8);
    }

    static String base64url(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    /** Big-endian, left-padded with zeros: the fixed-width form JWK, COSE_Key and P1363 all require. */
    static byte[] unsignedFixed(BigInteger value, int length) {
        byte[] minimal = value.toByteArray();
        int start = minimal.length > 1 && minimal[0] == 0 ? 1 : 0;
        int significant = minimal.length - start;
        if (value.signum() < 0 || significant > length) {
            throw new IllegalArgumentException("value does not fit in " + length + " unsigned bytes");
        }
        byte[] out = new byte[length];
        System.arraycopy(minimal, start, out, length - significant, significant);
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
