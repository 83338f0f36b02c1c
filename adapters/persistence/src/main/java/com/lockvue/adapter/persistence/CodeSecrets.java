package com.lockvue.adapter.persistence;

import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps Unique Codes out of the database in clear. Two keys are derived from one server secret: an HMAC-SHA256
 * key that turns a code into its lookup key, and an AES-256-GCM key that encrypts the code so its owner can see
 * it again (the code's id is the associated data, so a ciphertext cannot be moved to another row; {@link SecretCrypto}).
 */
public final class CodeSecrets {
    private final SecretKeySpec lookupKey;
    private final SecretKeySpec encryptionKey;

    public CodeSecrets(byte[] serverSecret) {
        SecretCrypto.requireStrong(serverSecret, "code secret");
        this.lookupKey = SecretCrypto.derive(serverSecret, "unique-code lookup v1", "HmacSHA256");
        this.encryptionKey = SecretCrypto.derive(serverSecret, "unique-code encryption v1", "AES");
    }

    public byte[] lookupHash(CodeValue code) {
        return SecretCrypto.hmac(lookupKey, code.canonical().getBytes(StandardCharsets.US_ASCII));
    }

    public byte[] encrypt(CodeValue code, UniqueCodeId id) {
        return SecretCrypto.seal(encryptionKey, code.canonical().getBytes(StandardCharsets.US_ASCII),
                SecretCrypto.bytes(id.value()));
    }

    public CodeValue decrypt(byte[] stored, UniqueCodeId id) {
        byte[] plain = SecretCrypto.open(encryptionKey, stored, SecretCrypto.bytes(id.value()), "A stored Unique Code");
        return CodeValue.parse(new String(plain, StandardCharsets.US_ASCII));
    }
}
