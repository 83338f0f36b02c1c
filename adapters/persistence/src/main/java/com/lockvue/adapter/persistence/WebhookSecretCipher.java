package com.lockvue.adapter.persistence;

import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps webhook signing secrets out of the database in clear: AES-256-GCM under a key derived from the server
 * secret (the one that keys the codes, with a purpose of its own), the endpoint's id as associated data so a
 * ciphertext cannot be moved to another endpoint.
 */
public final class WebhookSecretCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public WebhookSecretCipher(byte[] serverSecret) {
        if (serverSecret.length < 32) {
            throw new IllegalArgumentException("the server secret must be at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverSecret, "HmacSHA256"));
            this.key = new SecretKeySpec(mac.doFinal("webhook secret encryption v1".getBytes(StandardCharsets.US_ASCII)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public byte[] seal(WebhookSecret secret, WebhookEndpointId endpoint) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(idBytes(endpoint));
            byte[] sealed = cipher.doFinal(secret.key());
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public WebhookSecret open(byte[] stored, WebhookEndpointId endpoint) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(idBytes(endpoint));
            return new WebhookSecret(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be decrypted; is the server secret the one it was"
                    + " written with?", e);
        }
    }

    private static byte[] idBytes(WebhookEndpointId id) {
        return ByteBuffer.allocate(16).putLong(id.value().getMostSignificantBits())
                .putLong(id.value().getLeastSignificantBits()).array();
    }
}
