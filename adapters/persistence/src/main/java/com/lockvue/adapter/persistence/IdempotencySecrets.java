package com.lockvue.adapter.persistence;

import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps idempotency keys, request fingerprints and stored answers out of the database in clear. An answer may hold a
 * secret (a new Unique Code, a new API key, a session token) and a fingerprint digests a body that may hold a
 * password, so both are keyed by the client's idempotency key itself, which is never stored: only its HMAC under a
 * server key (the row's id). Reading an answer, or testing guesses against a fingerprint, needs the server secret
 * and the client's key together.
 */
public final class IdempotencySecrets {
    private final SecretKeySpec lookupKey;
    private final SecretKeySpec perRequestKey;

    public IdempotencySecrets(byte[] serverSecret) {
        SecretCrypto.requireStrong(serverSecret, "server secret");
        this.lookupKey = SecretCrypto.derive(serverSecret, "idempotency lookup v1", "HmacSHA256");
        this.perRequestKey = SecretCrypto.derive(serverSecret, "idempotency request keys v1", "HmacSHA256");
    }

    /** The row id of a key: scope and key, unambiguously joined. */
    byte[] lookup(IdempotencyKey key) {
        return SecretCrypto.hmac(lookupKey, encoded(key));
    }

    byte[] fingerprint(IdempotencyKey key, byte[] requestDigest) {
        return SecretCrypto.hmac(new SecretKeySpec(requestKey(key, "fingerprint"), "HmacSHA256"), requestDigest);
    }

    byte[] seal(IdempotencyKey key, byte[] answer, byte[] rowId) {
        return SecretCrypto.seal(answerKey(key), answer, rowId);
    }

    byte[] open(IdempotencyKey key, byte[] stored, byte[] rowId) {
        return SecretCrypto.open(answerKey(key), stored, rowId, "A stored answer");
    }

    private SecretKeySpec answerKey(IdempotencyKey key) {
        return new SecretKeySpec(requestKey(key, "answer"), "AES");
    }

    private byte[] requestKey(IdempotencyKey key, String purpose) {
        byte[] id = encoded(key);
        byte[] input = ByteBuffer.allocate(purpose.length() + 1 + id.length)
                .put(purpose.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put(id).array();
        return SecretCrypto.hmac(perRequestKey, input);
    }

    private static byte[] encoded(IdempotencyKey key) {
        byte[] scope = key.scope().getBytes(StandardCharsets.UTF_8);
        byte[] value = key.value().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(4 + scope.length + value.length).putInt(scope.length).put(scope).put(value).array();
    }
}
