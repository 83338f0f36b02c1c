package com.lockvue.adapter.lockcommand;

import static com.lockvue.adapter.lockcommand.LockCommandFormat.*;

import com.lockvue.application.port.out.LockCommandClaims;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Turns claims into the CWT-style payload map, refusing claims no lock would accept. */
final class ClaimsPayload {

    private ClaimsPayload() {
    }

    static byte[] encode(LockCommandClaims claims) {
        long nbf = epochSecond(claims.notBefore(), "notBefore");
        long exp = epochSecond(claims.expiresAt(), "expiresAt");
        long iat = epochSecond(claims.issuedAt(), "issuedAt");
        if (exp - nbf > MAX_VALIDITY_SECONDS) {
            throw new IllegalArgumentException("validity window " + Duration.ofSeconds(exp - nbf)
                    + " exceeds " + MAX_VALIDITY_SECONDS + " s; locks would reject it");
        }
        return DeterministicCbor.map()
                .put(CLAIM_AUD, DeterministicCbor.bytes(uuidBytes(claims.audience().value())))
                .put(CLAIM_EXP, DeterministicCbor.integer(exp))
                .put(CLAIM_NBF, DeterministicCbor.integer(nbf))
                .put(CLAIM_IAT, DeterministicCbor.integer(iat))
                .put(CLAIM_CTI, DeterministicCbor.bytes(uuidBytes(claims.commandId())))
                .put(CLAIM_ACTION, DeterministicCbor.integer(actionCode(claims.action())))
                .put(CLAIM_LEVEL, DeterministicCbor.integer(levelCode(claims.level())))
                .put(CLAIM_NONCE, DeterministicCbor.bytes(claims.nonce().bytes()))
                .encode();
    }

    /**
     * Whole seconds, truncated: for {@code exp} truncation can only shorten the window, never extend it past the
     * Unique Code's expiry; for {@code nbf} and {@code iat} it moves them less than a second earlier.
     */
    private static long epochSecond(Instant instant, String name) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException(name + " " + instant + " is outside the locks' 32-bit clock range");
        }
        return seconds;
    }

    /** RFC 4122 network byte order, the same 16 bytes a lock stores as its id. */
    static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }
}
