package com.lockvue.adapter.lockcommand;

import static com.lockvue.adapter.lockcommand.LockCommandFormat.*;

/** Assembles the RFC 9052 COSE_Sign1 pieces; signing itself is the caller's business. */
final class CoseSign1 {

    private static final byte[] EMPTY = new byte[0];

    private CoseSign1() {
    }

    /** {1: -7, 4: kid}: alg must be protected (RFC 9052 §3.1); kid is too, so it cannot be swapped in transit. */
    static byte[] protectedHeader(byte[] kid) {
        return DeterministicCbor.map()
                .put(HEADER_ALG, DeterministicCbor.integer(ALG_ES256))
                .put(HEADER_KID, DeterministicCbor.bytes(kid))
                .encode();
    }

    /** RFC 9052 §4.4 Sig_structure with empty external_aad: the exact bytes that get signed. */
    static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
        return DeterministicCbor.array(
                DeterministicCbor.text(SIG_STRUCTURE_CONTEXT),
                DeterministicCbor.bytes(protectedHeader),
                DeterministicCbor.bytes(EMPTY),
                DeterministicCbor.bytes(payload));
    }

    /** Tagged so a lock can tell the message type from the first byte (0xD2). */
    static byte[] message(byte[] protectedHeader, byte[] payload, byte[] signature) {
        return DeterministicCbor.tag(COSE_SIGN1_TAG, DeterministicCbor.array(
                DeterministicCbor.bytes(protectedHeader),
                DeterministicCbor.map().encode(),
                DeterministicCbor.bytes(payload),
                DeterministicCbor.bytes(signature)));
    }
}
