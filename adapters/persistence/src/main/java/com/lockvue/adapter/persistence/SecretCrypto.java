package com.lockvue.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one home of how stored secrets are protected: keys derived from the server secret by HMAC-SHA256 with a
 * purpose string each, HMAC-SHA256 lookups, and AES-256-GCM sealing (a random 96-bit IV in front of the ciphertext
 * and its 128-bit tag) with the row's identity as associated data, so a ciphertext cannot be moved to another row.
 */
final class SecretCrypto {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCrypto() {
    }

    static void requireStrong(byte[] serverSecret, String name) {
        if (serverSecret.length < 32) {
            throw new IllegalArgumentException("the " + name + " must be at least 32 bytes");
        }
    }

    /** A key for {@code algorithm} ("HmacSHA256" or "AES") derived from the server secret for one purpose. */
    static SecretKeySpec derive(byte[] serverSecret, String purpose, String algorithm) {
        return new SecretKeySpec(hmac(new SecretKeySpec(serverSecret, "HmacSHA256"),
                purpose.getBytes(StandardCharsets.US_ASCII)), algorithm);
    }

    static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static byte[] seal(SecretKeySpec key, byte[] plain, byte[] associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes; {@code what} names the secret in the error when the key or the associated data differ. */
    static byte[] open(SecretKeySpec key, byte[] stored, byte[] associatedData, String what) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(what + " could not be decrypted; is the server secret the one it was"
                    + " written with?", e);
        }
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
