package com.lockvue.application.port.out;

/**
 * A public key a lock trusts. {@code keyId} is the base64url kid carried in command headers; {@code x} and
 * {@code y} are the base64url P-256 coordinates (as in a JWK); {@code coseKey} is the same key as a
 * deterministic-CBOR COSE_Key, base64url; {@code active} marks the key that signs new commands.
 */
public record TrustAnchor(String keyId, String algorithm, String curve, String x, String y, String coseKey,
        boolean active) {
}
