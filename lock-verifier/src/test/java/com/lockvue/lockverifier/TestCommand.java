package com.lockvue.lockverifier;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Builds signed commands the way the server does (docs/lock-protocol.md), with every field settable, so tests can
 * reach each check of the verifier, including the ones the real signer never violates.
 */
final class TestCommand {

    static final int ES256 = -7;

    int alg = ES256;
    UUID audience;
    long nbf;
    long exp;
    long iat;
    UUID commandId = UUID.randomUUID();
    int action = CommandCodes.ACTION_UNLOCK;
    int level = CommandCodes.LEVEL_RESTRICTED;
    byte[] nonce;

    /** A one-minute UNLOCK for {@code audience}, issued at {@code issuedAt}. */
    TestCommand(UUID audience, long issuedAt, byte[] nonce) {
        this.audience = audience;
        this.iat = issuedAt;
        this.nbf = issuedAt;
        this.exp = issuedAt + 60;
        this.nonce = nonce.clone();
    }

    TestCommand action(int action, int level) {
        this.action = action;
        this.level = level;
        return this;
    }

    byte[] protectedHeader(TestKey key) {
        return TestCbor.map(TestCbor.integer(1), TestCbor.integer(alg), TestCbor.integer(4), TestCbor.bytes(key.kid()));
    }

    byte[] payload() {
        return TestCbor.map(
                TestCbor.integer(3), TestCbor.bytes(uuid(audience)),
                TestCbor.integer(4), TestCbor.integer(exp),
                TestCbor.integer(5), TestCbor.integer(nbf),
                TestCbor.integer(6), TestCbor.integer(iat),
                TestCbor.integer(7), TestCbor.bytes(uuid(commandId)),
                TestCbor.integer(-65537), TestCbor.integer(action),
                TestCbor.integer(-65538), TestCbor.integer(level),
                TestCbor.integer(-65539), TestCbor.bytes(nonce));
    }

    byte[] signedWith(TestKey key) {
        byte[] header = protectedHeader(key);
        byte[] payload = payload();
        return envelope(header, TestCbor.map(), payload, key.sign(sigStructure(header, payload)));
    }

    static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
        return TestCbor.array(TestCbor.text("Signature1"), TestCbor.bytes(protectedHeader),
                TestCbor.bytes(new byte[0]), TestCbor.bytes(payload));
    }

    static byte[] envelope(byte[] protectedHeader, byte[] unprotectedHeader, byte[] payload, byte[] signature) {
        return TestCbor.tag(18, TestCbor.array(TestCbor.bytes(protectedHeader), unprotectedHeader,
                TestCbor.bytes(payload), TestCbor.bytes(signature)));
    }

    private static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
