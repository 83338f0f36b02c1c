package com.lockvue.adapter.persistence;

import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookSecret;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps webhook signing secrets out of the database in clear: AES-256-GCM under a key derived from the server
 * secret (the one that keys the codes, with a purpose of its own), the endpoint's id as associated data so a
 * ciphertext cannot be moved to another endpoint ({@link SecretCrypto}).
 */
public final class WebhookSecretCipher {
    private final SecretKeySpec key;

    public WebhookSecretCipher(byte[] serverSecret) {
        SecretCrypto.requireStrong(serverSecret, "server secret");
        this.key = SecretCrypto.derive(serverSecret, "webhook secret encryption v1", "AES");
    }

    public byte[] seal(WebhookSecret secret, WebhookEndpointId endpoint) {
        return SecretCrypto.seal(key, secret.key(), SecretCrypto.bytes(endpoint.value()));
    }

    public WebhookSecret open(byte[] stored, WebhookEndpointId endpoint) {
        return new WebhookSecret(SecretCrypto.open(key, stored, SecretCrypto.bytes(endpoint.value()), "A webhook secret"));
    }
}
