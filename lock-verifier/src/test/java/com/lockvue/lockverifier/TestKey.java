package com.lockvue.lockverifier;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** A fresh P-256 key standing in for the server's signing key, with its kid as the protocol defines it. */
final class TestKey {

    private final KeyPair pair;
    private final byte[] kid;

    private TestKey(KeyPair pair) {
        this.pair = pair;
        this.kid = Arrays.copyOf(sha256(thumbprintInput((ECPublicKey) pair.getPublic())), 8);
    }

    static TestKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new TestKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] kid() {
        return kid.clone();
    }

    /** The kid as trust anchors publish it: base64url without padding. */
    String keyId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(kid);
    }

    PublicKey publicKey() {
        return pair.getPublic();
    }

    Map<String, PublicKey> asTrustAnchor() {
        return Map.of(keyId(), publicKey());
    }

    /** ES256 as raw r || s; the JDK picks a random k, which any verifier must accept like an RFC 6979 one. */
    byte[] sign(byte[] data) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(pair.getPrivate());
            ecdsa.update(data);
            return ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7638: the required EC members in lexicographic order, no whitespace. */
    private static byte[] thumbprintInput(ECPublicKey key) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String x = b64.encodeToString(coordinate(key.getW().getAffineX()));
        String y = b64.encodeToString(coordinate(key.getW().getAffineY()));
        String json = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
