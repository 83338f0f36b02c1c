package com.lockvue.adapter.persistence;

import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps Unique Codes out of the database in clear. Two keys are derived from one server secret: an HMAC-SHA256
 * key that turns a code into its lookup key, and an AES-256-GCM key that encrypts the code so its owner can see
 * it again (the code's id is the associated data, so a ciphertext cannot be moved to another row).
 */
public final class CodeSecrets {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec lookupKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    public CodeSecrets(byte[] serverSecret) {
        if (serverSecret.length < 32) {
            throw new IllegalArgumentException("the code secret must be at least 32 bytes");
        }
        this.lookupKey = new SecretKeySpec(derive(serverSecret, "unique-code lookup v1"), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(derive(serverSecret, "unique-code encryption v1"), "AES");
    }

    public byte[] lookupHash(CodeValue code) {
        return hmac(lookupKey, code.canonical().getBytes(StandardCharsets.US_ASCII));
    }

    public byte[] encrypt(CodeValue code, UniqueCodeId id) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(idBytes(id));
            byte[] sealed = cipher.doFinal(code.canonical().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public CodeValue decrypt(byte[] stored, UniqueCodeId id) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(idBytes(id));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return CodeValue.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored Unique Code could not be decrypted; is the code secret the one it was written with?", e);
        }
    }

    private static byte[] idBytes(UniqueCodeId id) {
        return ByteBuffer.allocate(16).putLong(id.value().getMostSignificantBits())
                .putLong(id.value().getLeastSignificantBits()).array();
    }

    private static byte[] derive(byte[] secret, String purpose) {
        return hmac(new SecretKeySpec(secret, "HmacSHA256"), purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
