package com.lockvue.lockverifier;

/** Why a lock refused a command, in the order the checks run (see docs/lock-protocol.md, "Verification"). */
public enum Rejection {
    /** Not the expected COSE_Sign1 shape, not strict deterministic CBOR, over 182 bytes, or an unknown code. */
    MALFORMED,
    /** The protected header names an algorithm other than ES256 (-7). */
    BAD_ALGORITHM,
    /** The kid is not among the keys this lock trusts. */
    UNKNOWN_KID,
    /** The signature is not exactly 64 bytes (raw r || s). */
    BAD_SIGNATURE_LENGTH,
    /** The signature does not verify over the Sig_structure with the kid's key. */
    BAD_SIGNATURE,
    /** Signed for another lock. */
    WRONG_AUDIENCE,
    /** exp - nbf exceeds 60 s. */
    VALIDITY_TOO_LONG,
    /** The permission level does not cover the action (e.g. RESTRICTED asking for TIME_SYNC). */
    ACTION_NOT_PERMITTED,
    /** The nonce was not issued by this lock since it booted (or was evicted, see {@link NonceRegistry}). */
    UNKNOWN_NONCE,
    /** The nonce was already used by an accepted command. */
    REPLAYED_NONCE,
    /** The nonce was issued {@link NonceRegistry#LIFETIME_MILLIS} or longer ago by the lock's monotonic timer. */
    NONCE_EXPIRED,
    /** nbf is after iat: the lock cannot be sure the server's time has reached nbf. */
    NOT_YET_VALID,
    /** The server's time may have reached exp: iat + 1 s + the nonce's age is after exp. */
    EXPIRED
}
