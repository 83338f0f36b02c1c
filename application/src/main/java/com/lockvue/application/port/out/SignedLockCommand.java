package com.lockvue.application.port.out;

import java.time.Instant;

/** The COSE_Sign1 message bytes ready for a BLE write, the id of the key that signed it, and its expiry. */
public record SignedLockCommand(byte[] message, String keyId, Instant expiresAt) {
    public SignedLockCommand {
        message = message.clone();
    }

    @Override
    public byte[] message() {
        return message.clone();
    }
}
