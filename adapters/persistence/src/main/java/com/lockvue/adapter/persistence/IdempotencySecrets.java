package com.lockvue.adapter.persistence;

import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps idempotency keys, request fingerprints and stored answers out of the database in clear. An answer may hold a
 * secret (a new Unique Code, a new API key, a session token) and a fingerprint digests a body that may hold a
 * password, so both are keyed by the client's idempotency key itself, which is never stored: only its HMAC under a
 * server key (the row's id). Reading an answer, or testing guesses against a fingerprint, needs the server secret
 * and the client's key together.
 */
public final class IdempotencySecrets {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec lookupKey;
    private final SecretKeySpec perRequestKey;
    private final SecureRandom random = new SecureRandom();

    public IdempotencySecrets(byte[] serverSecret) {
        if (serverSecret.length < 32) {
            throw new IllegalArgumentException("the server secret must be at least 32 bytes");
        }
        this.lookupKey = new SecretKeySpec(hmac(serverSecret, "idempotency lookup v1"), "HmacSHA256");
        this.perRequestKey = new SecretKeySpec(hmac(serverSecret, "idempotency request keys v1"), "HmacSHA256");
    }

    /** The row id of a key: scope and key, unambiguously joined. */
    byte[] lookup(IdempotencyKey key) {
        return mac(lookupKey, encoded(key));
    }

    byte[] fingerprint(IdempotencyKey key, byte[] requestDigest) {
        return mac(new SecretKeySpec(requestKey(key, "fingerprint"), "HmacSHA256"), requestDigest);
    }

    byte[] seal(IdempotencyKey key, byte[] answer, byte[] rowId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, answerKey(key), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(rowId);
            byte[] sealed = cipher.doFinal(answer);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] open(IdempotencyKey key, byte[] stored, byte[] rowId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, answerKey(key), new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(rowId);
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored answer could not be decrypted; is the server secret the one it"
                    + " was written with?", e);
        }
    }

    private SecretKeySpec answerKey(IdempotencyKey key) {
        return new SecretKeySpec(requestKey(key, "answer"), "AES");
    }

    private byte[] requestKey(IdempotencyKey key, String purpose) {
        byte[] id = encoded(key);
        byte[] input = ByteBuffer.allocate(purpose.length() + 1 + id.length)
                .put(purpose.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put(id).array();
        return mac(perRequestKey, input);
    }

    private static byte[] encoded(IdempotencyKey key) {
        byte[] scope = key.scope().getBytes(StandardCharsets.UTF_8);
        byte[] value = key.value().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(4 + scope.length + value.length).putInt(scope.length).put(scope).put(value).array();
    }

    private static byte[] hmac(byte[] secret, String purpose) {
        return mac(new SecretKeySpec(secret, "HmacSHA256"), purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
