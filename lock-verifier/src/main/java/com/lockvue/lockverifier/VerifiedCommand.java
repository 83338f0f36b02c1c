package com.lockvue.lockverifier;

import java.util.UUID;

/**
 * The claims of an accepted command. Times are seconds since the epoch; {@code action} and {@code level} are the
 * wire codes of {@link CommandCodes}.
 */
public record VerifiedCommand(String keyId, UUID lock, UUID commandId, long issuedAt, long notBefore,
        long expiresAt, int action, int level, byte[] nonce) {

    public VerifiedCommand {
        nonce = nonce.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }
}
